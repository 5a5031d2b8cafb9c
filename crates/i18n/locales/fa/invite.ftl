## Invitations to the follow-up coaching after two years (e-mail and printed letter to
## the newcomer, in their language), and the staff page that sends them.

invite-subject = دعوت: یک گفت‌وگوی رایگان درباره دو سال اول زندگی شما در { $city }
invite-hello = سلام { $name }،
invite-body = حدود دو سال است که در { $city } زندگی می‌کنید. بسیاری از سؤال‌ها فقط بعد از مدتی پیش می‌آیند: درباره کار، مدرسه، مسکن یا اقامت شما. ما شما را به یک گفت‌وگوی شخصی و رایگان به زبان خودتان دعوت می‌کنیم.
invite-book = اینجا یک وقت رزرو کنید: { $url }
invite-call = یا با ما تماس بگیرید: { $phone }
invite-desk = یا به دفتر خوش‌آمدگویی بیایید، قرار قبلی لازم نیست: { $address }

follow-ups-invite-all = دعوت از همه افراد فهرست
follow-ups-invite-one = دعوت
follow-ups-invited = دعوت‌شده در { $date } ({ $channel })
channel-email = ایمیل
channel-letter = نامه
follow-ups-invited-email = { $count ->
    [one] { $count } نفر با ایمیل دعوت شد.
   *[other] { $count } نفر با ایمیل دعوت شدند.
}
follow-ups-letters-title = نامه‌های دعوت برای چاپ
follow-ups-letters-intro = این افراد آدرس ایمیل ندارند یا با دریافت پیام موافقت نکرده‌اند. نامه‌ها را چاپ کنید و با پست بفرستید.
follow-ups-print = چاپ نامه‌ها
channel-sms = پیامک
follow-ups-invited-sms = { $count ->
    [one] { $count } نفر با پیامک دعوت شد.
   *[other] { $count } نفر با پیامک دعوت شدند.
}
follow-ups-already = { $count ->
    [one] { $count } نفر پیش‌تر برای این دوره دعوت شده بود. چیزی دوباره فرستاده نشد.
   *[other] { $count } نفر پیش‌تر برای این دوره دعوت شده بودند. چیزی دوباره فرستاده نشد.
}
follow-ups-letters-pdf = نامه‌ها را به صورت یک فایل PDF برای چاپ بارگیری کنید
sms-invite = { $city }: شما حدود دو سال است که اینجا زندگی می‌کنید. شما را به یک گفتگوی رایگان به زبان خودتان دعوت می‌کنیم. رزرو: { $url } یا تماس: { $phone }
