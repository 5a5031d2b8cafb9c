## Casuumaadaha la-talinta dabagalka laba sano kadib (iimayl iyo warqad daabacan oo loo diro
## qofka cusub, luqaddiisa), iyo bogga shaqaalaha ee dira.

invite-subject = Casuumaad: wadahadal bilaash ah oo ku saabsan labada sano ee aad ku nooshahay { $city }
invite-hello = Salaan { $name },
invite-body = Qiyaastii laba sano ayaad ku nooshahay { $city }. Su'aalo badan waxay soo baxaan oo keliya waqti kadib: ku saabsan shaqada, dugsiga, guriga ama deganaanshahaaga. Waxaan kugu casuumaynaa wadahadal gaar ah oo bilaash ah, luqaddaada.
invite-book = Halkan ka ballanso waqti: { $url }
invite-call = Ama na soo wac: { $phone }
invite-desk = Ama imow xafiiska soo-dhaweynta, ballan looma baahna: { $address }

follow-ups-invite-all = Casuun qof kasta oo liiska ku jira
follow-ups-invite-one = Casuun
follow-ups-invited = La casuumay { $date } ({ $channel })
channel-email = iimayl
channel-letter = warqad
follow-ups-invited-email = { $count ->
    [one] { $count } qof ayaa iimayl lagu casuumay.
   *[other] { $count } qof ayaa iimayl lagu casuumay.
}
follow-ups-letters-title = Warqadaha casuumaadda ee la daabacayo
follow-ups-letters-intro = Dadkan ma laha cinwaan iimayl, ama ma ay oggolaan fariimo. Daabac warqadaha oo ku dir boostada.
follow-ups-print = Daabac warqadaha
channel-sms = SMS
follow-ups-invited-sms = { $count ->
    [one] { $count } qof ayaa SMS lagu casuumay.
   *[other] { $count } qof ayaa SMS lagu casuumay.
}
follow-ups-already = { $count ->
    [one] { $count } qof horay ayaa loogu casuumay muddadan. Wax dib looma dirin.
   *[other] { $count } qof horay ayaa loogu casuumay muddadan. Wax dib looma dirin.
}
follow-ups-letters-pdf = Soo deji warqadaha hal PDF ah si aad u daabacdo
sms-invite = { $city }: waxaad halkan ku noolayd ilaa laba sano. Waxaan kuugu yeeraynaa wada-hadal bilaash ah oo luqaddaada ah. Ballanso: { $url } ama wac: { $phone }
