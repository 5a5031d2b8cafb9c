## Invitations to the follow-up coaching after two years (e-mail and printed letter to
## the newcomer, in their language), and the staff page that sends them.

invite-subject = Invitation: a free talk about your first two years in { $city }
invite-hello = Hello { $name },
invite-body = You have lived in { $city } for about two years. Many questions come up only after some time: about work, school, housing or your residence. We invite you to a free personal talk in your language.
invite-book = Book a time here: { $url }
invite-call = Or call us: { $phone }
invite-desk = Or come to the welcome desk, no appointment needed: { $address }

follow-ups-invite-all = Invite everyone on the list
follow-ups-invite-one = Invite
follow-ups-invited = Invited on { $date } ({ $channel })
channel-email = e-mail
channel-letter = letter
follow-ups-invited-email = { $count ->
    [one] { $count } person was invited by e-mail.
   *[other] { $count } people were invited by e-mail.
}
follow-ups-letters-title = Invitation letters to print
follow-ups-letters-intro = These people have no e-mail address or did not agree to messages. Print the letters and send them by post.
follow-ups-print = Print the letters
channel-sms = SMS
follow-ups-invited-sms = { $count ->
    [one] { $count } person was invited by SMS.
   *[other] { $count } people were invited by SMS.
}
follow-ups-already = { $count ->
    [one] { $count } person was already invited for this period. Nothing was sent again.
   *[other] { $count } people were already invited for this period. Nothing was sent again.
}
follow-ups-letters-pdf = Download the letters as one PDF to print
sms-invite = { $city }: you have lived here for about two years. We invite you to a free talk in your language. Book: { $url } or call { $phone }
