## Invitations to the follow-up coaching after two years (e-mail and printed letter to
## the newcomer, in their language), and the staff page that sends them.

invite-subject = دعوة: محادثة مجانية عن أول سنتين لك في { $city }
invite-hello = مرحبًا { $name }،
invite-body = أنت تعيش في { $city } منذ سنتين تقريبًا. كثير من الأسئلة لا تظهر إلا بعد مرور بعض الوقت: عن العمل أو المدرسة أو السكن أو إقامتك. ندعوك إلى محادثة شخصية مجانية بلغتك.
invite-book = احجز موعدًا هنا: { $url }
invite-call = أو اتصل بنا: { $phone }
invite-desk = أو تعال إلى مكتب الاستقبال، لا تحتاج إلى موعد: { $address }

follow-ups-invite-all = دعوة كل من في القائمة
follow-ups-invite-one = دعوة
follow-ups-invited = تمت الدعوة بتاريخ { $date } ({ $channel })
channel-email = البريد الإلكتروني
channel-letter = رسالة بريدية
follow-ups-invited-email = { $count ->
    [zero] لم تُرسل أي دعوة بالبريد الإلكتروني.
    [one] تمت دعوة شخص واحد بالبريد الإلكتروني.
    [two] تمت دعوة شخصين بالبريد الإلكتروني.
    [few] تمت دعوة { $count } أشخاص بالبريد الإلكتروني.
    [many] تمت دعوة { $count } شخصًا بالبريد الإلكتروني.
   *[other] تمت دعوة { $count } شخص بالبريد الإلكتروني.
}
follow-ups-letters-title = رسائل الدعوة للطباعة
follow-ups-letters-intro = هؤلاء الأشخاص ليس لديهم عنوان بريد إلكتروني، أو لم يوافقوا على تلقّي الرسائل. اطبع رسائل الدعوة وأرسلها بالبريد.
follow-ups-print = طباعة رسائل الدعوة
channel-sms = رسالة نصية
follow-ups-invited-sms = { $count ->
    [zero] لم تُرسل أي دعوة برسالة نصية.
    [one] تمت دعوة شخص واحد برسالة نصية.
    [two] تمت دعوة شخصين برسالة نصية.
    [few] تمت دعوة { $count } أشخاص برسالة نصية.
    [many] تمت دعوة { $count } شخصًا برسالة نصية.
   *[other] تمت دعوة { $count } شخص برسالة نصية.
}
follow-ups-already = { $count ->
    [one] شخص واحد تمت دعوته من قبل لهذه الفترة. لم يُرسل شيء مرة أخرى.
    [two] شخصان تمت دعوتهما من قبل لهذه الفترة. لم يُرسل شيء مرة أخرى.
   *[other] { $count } أشخاص تمت دعوتهم من قبل لهذه الفترة. لم يُرسل شيء مرة أخرى.
}
follow-ups-letters-pdf = حمّل الرسائل كملف PDF واحد للطباعة
sms-invite = { $city }: أنت تعيش هنا منذ سنتين تقريبًا. ندعوك إلى محادثة مجانية بلغتك. احجز: { $url } أو اتصل: { $phone }
