# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Önce semtinizdeki kurslar, sonra yanındaki semtlerdeki kurslar gelir.
courses-why-near-district = { $district } semtinde, sizin semtinizin yanında.
districts-title = Semtler
districts-link = Semtler ve komşuları
districts-intro = Kurs bulucu önce kişinin kendi semtindeki kursları, sonra komşu bir semtteki kursları gösterir. Hangi semtlerin yan yana olduğunu burada belirtin. A, B'nin yanındaysa B de A'nın yanındadır.
districts-list = Şehrin semtleri
districts-col-name = Semt
districts-col-neighbours = Komşu semtler
districts-change = Değiştir
districts-no-neighbours = henüz yok
districts-none = Henüz semt yok. İlkini aşağıdan ekleyin.
districts-add = Semt ekle
districts-edit-title = Semt ve komşuları
districts-back = Semtlere dön
districts-neighbours-hint = Bu semtin yanındaki her semti işaretleyin. Bu semt de işaretlediğiniz her semtin komşusu olur.
districts-no-others = Henüz başka semt yok.
districts-save = Semti kaydet
districts-done-created = Semt eklendi. Şimdi komşularını işaretleyin.
districts-done-saved = Semt kaydedildi.
districts-done-deleted = Semt kaldırıldı.
districts-delete-title = Semti kaldır
districts-delete-intro = Semt listeden çıkar ve artık hiçbir semtin komşusu olmaz. Kurslar semtlerinin adını korur.
districts-delete = Bu semti kaldır
error-district-exists = Bu adla bir semt zaten var
error-unknown-district = Listeden semt seçin
