## Safka iimaylada (bogga shaqaalaha).

staff-nav-outbox = Safka iimaylada
outbox-title = Safka iimaylada
outbox-intro = Xaqiijinno iyo xusuusinno loo diro dadka cusub. Fariin aan la diri karin mar dambe ayaa mar kale la isku dayaa; siddeed isku day kadib waxaa lagu calaamadiyaa inay fashilantay.
outbox-col-created = Goorta safka la geliyey
outbox-col-kind = Nooca
outbox-col-to = Loo dirayo
outbox-col-status = Xaalad
outbox-col-attempts = Isku dayo
outbox-col-error = Khaladkii ugu dambeeyey
outbox-empty = Safku wuu madhan yahay.
mail-kind-confirmation = Xaqiijin
mail-kind-reminder = Xusuusin
mail-kind-invitation = Casuumaad
mail-status-pending = Sugaya
mail-status-sent = La diray
mail-status-failed = Fashilmay
outbox-col-channel = Habka
