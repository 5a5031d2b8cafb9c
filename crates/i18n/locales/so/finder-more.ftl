# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Koorsooyinka xaafaddaada ayaa marka hore imanaya, kadib koorsooyinka xaafadaha ku xiga.
courses-why-near-district = Waxay ku taallaa { $district }, oo ku xigta xaafaddaada.
districts-title = Xaafadaha
districts-link = Xaafadaha iyo deriskooda
districts-intro = Raadiyaha koorsooyinka wuxuu marka hore muujiyaa koorsooyinka xaafadda qofka, kadibna kuwa xaafad deris ah. Halkan ku sheeg xaafadaha is ku xiga. Haddii A ay ku xigto B, B-na waxay ku xigtaa A.
districts-list = Xaafadaha magaalada
districts-col-name = Xaafad
districts-col-neighbours = Xaafadaha deriska ah
districts-change = Beddel
districts-no-neighbours = weli midna
districts-none = Weli xaafad ma jirto. Hoos ku dar tan ugu horreysa.
districts-add = Ku dar xaafad
districts-edit-title = Xaafadda iyo deriskeeda
districts-back = Ku noqo xaafadaha
districts-neighbours-hint = Calaamadee xaafad kasta oo ku xigta tan. Xaafaddani waxay sidoo kale noqonaysaa deriska xaafad kasta oo aad calaamadeyso.
districts-no-others = Weli xaafad kale ma jirto.
districts-save = Kaydi xaafadda
districts-done-created = Xaafadda waa la daray. Hadda calaamadee deriskeeda.
districts-done-saved = Xaafadda waa la kaydiyay.
districts-done-deleted = Xaafadda waa la saaray.
districts-delete-title = Saar xaafadda
districts-delete-intro = Xaafaddu liiska way ka baxaysaa, mana noqonayso deriska xaafad kale. Koorsooyinku waxay hayaan magaca xaafaddooda.
districts-delete = Saar xaafaddan
error-district-exists = Xaafad magacan leh ayaa horey u jirtay
error-unknown-district = Xaafadaha ka dooro liiska
