## Qaybta maamulka ee shaqaalaha.

staff-title = Qaybta maamulka
staff-nav-home = Guudmar
staff-nav-users = Akoonnada shaqaalaha
staff-nav-audit = Diiwaanka hubinta
staff-nav-settings = Dejinta magaalada
staff-nav-account = Akoonkayga
staff-logout = Ka bax
staff-signed-in-as = Waxaad u gashay sida { $name } ({ $role })
staff-language-label = Luqadda qaybta maamulka
staff-language-change = Beddel luqadda

role-coordinator = Isku-duwe
role-counsellor = La-taliye
role-trainer = Tababare
role-desk = Shaqaalaha xafiiska soo-dhaweynta
role-provider = Bixiyaha koorsada
role-clerk = Karraaniga xafiiska socdaalka
role-desk_lead = Madaxa xafiiska soo-dhaweynta
role-partner_agent = Shaqaalaha xarunta wicitaanada ee la-hawlgalaha

## Galitaanka.
login-title = Galitaanka shaqaalaha
login-email = Cinwaanka iimaylka
login-password = Erayga sirta ah
login-submit = Gal
login-failed = Cinwaanka iimaylka ama erayga sirta ah ma saxna.
login-locked = Akoonkan waa la xiray muddo { $minutes } daqiiqo ah, kadib erayo sir ah oo khaldan oo badan.
login-throttled = Isku day gal oo aad u badan ayaa ka yimid kombiyuutarkan. Sug dhowr daqiiqo oo mar kale isku day.
login-logged-out = Waad ka baxday.
login-expired = Fadhigaagii wuu dhammaaday. Mar kale gal.

## Guudmar.
staff-home-title = Guudmar
staff-home-welcome = Soo dhawoow, { $name }.
staff-home-role = Doorkaaga: { $role }
staff-home-city = { $city }: { $inhabitants } qof oo deggan, qiyaastii { $newcomers } qof oo cusub sannadkii.

## Akoonnada shaqaalaha.
users-title = Akoonnada shaqaalaha
users-create-title = Samee akoon shaqaale
users-name = Magaca oo buuxa
users-email = Cinwaanka iimaylka
users-email-hint = Qofku wuxuu ku galayaa cinwaankan.
users-role = Doorka
users-provider = Ururka bixiyaha koorsada
users-provider-hint = Kaliya akoonnada bixiyeyaasha koorsooyinka: magaca ururka.
users-password = Erayga sirta ah ee ugu horreeya
users-password-hint = Ugu yaraan 12 xaraf. Si ammaan ah u sii qofka; wuu beddeli karaa marka uu galo kadib.
users-ui-language = Luqadda qaybta maamulka
users-create-submit = Samee akoonka
users-created = Akoonka { $name } waa la sameeyey.
users-col-name = Magac
users-col-email = Iimayl
users-col-role = Door
users-col-status = Xaalad
users-col-actions = Ficillo
users-status-active = Firfircoon
users-status-disabled = La joojiyey
users-status-locked = La xiray
users-disable = Jooji
users-enable = Hawlgeli
users-disable-confirm-title = Ma joojinaysaa akoonka { $name }?
users-disable-confirm-body = { $name } isla markiiba waa laga saarayaa, mar dambena ma geli karo. Tokennada API-ga ee qofkan way joojinayaan shaqada. Mar dambe ayaad akoonka dib u hawlgelin kartaa. Tan waxaa lagu qorayaa diiwaanka hubinta.
users-disable-confirm-submit = Haa, jooji akoonka
users-cancel = Ka noqo
users-disabled-done = Akoonka { $name } waa la joojiyey.
users-enabled-done = Akoonka { $name } waa la hawlgeliyey.
users-count = { $count ->
    [one] { $count } akoon
   *[other] { $count } akoon
}

## Diiwaanka hubinta.
audit-title = Diiwaanka hubinta
audit-intro = Yaa sameeyey maxay, diiwaankee, iyo goorma. Qoraallada lama beddeli karo, lamana tirtiri karo.
audit-filter-title = Shaandhayn
audit-filter-action = Ficil
audit-filter-entity = Nooca diiwaanka
audit-filter-entity-id = Aqoonsiga diiwaanka
audit-filter-actor = Iimaylka shaqaalaha
audit-filter-submit = Isticmaal shaandhaynta
audit-filter-clear = Tirtir shaandhaynta
audit-col-time = Waqti (UTC)
audit-col-actor = Yaa
audit-col-action = Ficil
audit-col-entity = Diiwaan
audit-col-detail = Faahfaahin
audit-actor-system = Nidaamka ama websaydhka dadweynaha
audit-empty = Ma jiraan qoraallo u dhigma shaandhayntan.
audit-older = Qoraallo hore

## Dejinta magaalada.
settings-title = Dejinta magaalada
settings-intro = Faahfaahintan waxay ka muuqataa websaydhka dadweynaha, dukumentiyada iyo qorshe-dejiyaha.
settings-city-name = Magaca magaalada
settings-inhabitants = Dadka deggan
settings-newcomers = Dadka cusub sannadkii (qiyaastii)
settings-desk-address = Cinwaanka xafiiska soo-dhaweynta
settings-desk-hours = Saacadaha furitaanka xafiiska
settings-desk-hours-hint = Maalin kasta, waqtiyo sida 08:00-12:00, 13:00-17:00. Banaan ka tag marka xafiisku xiran yahay.
settings-hotline = Lambarka khadka taleefanka
settings-hotline-hint = Qaab caalami ah, tusaale ahaan +46 8 123 456 00.
settings-email = Cinwaanka iimaylka adeegga
settings-timezone = Aagga waqtiga
settings-timezone-hint = Tusaale ahaan Europe/Stockholm.
settings-source-language = Luqadda nuxurka marka hore lagu qoro
settings-submit = Kaydi dejinta
settings-saved = Dejinta waa la kaydiyey.

## Akoonkayga.
account-title = Akoonkayga
account-password-title = Beddel erayga sirta ah
account-current-password = Erayga sirta ah ee hadda
account-new-password = Eray sir ah oo cusub
account-new-password-hint = Ugu yaraan 12 xaraf. Dhowr eray oo la isku daray way fudud yihiin in la xasuusto, wayna adag yihiin in la qiyaaso.
account-confirm-password = Ku celi erayga sirta ah ee cusub
account-password-submit = Beddel erayga sirta ah
account-password-changed = Erayga sirta ah waa la beddelay. Fadhiyadaadii kale waa laga saaray.
settings-stale-after-days = Koorsooyinku waxay ka baxaan liiska guud kadib (maalmo aan la cusboonaysiin)
settings-stale-after-days-hint = Bixiyuhu waa inuu xaqiijiyaa koorso kasta muddadan gudaheed, haddii kale waa la qarinayaa, bixiyahana waxaa lagu darayaa liiska kuwa aan cusbayn. Maalmo dhan, 1 ilaa 3650.
