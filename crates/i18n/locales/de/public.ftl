## Die öffentliche Website für Neuankommende. Einfache Wörter, kurze Sätze, „Sie“.

public-start-title = Willkommen in { $city }
public-start-lead = Sind Sie neu in { $city }? Wir helfen Ihnen kostenlos und in Ihrer Sprache.
public-services-title = So helfen wir Ihnen
public-coaching-title = Ein persönliches Gespräch in Ihrer Sprache
public-coaching-body = Eine Beraterin oder ein Berater spricht mit Ihnen in Ihrer Sprache. Sie erfahren, wie die Dinge in der Stadt funktionieren: Wohnen, Arbeit, Schule, Gesundheit und Ihre Papiere. Sie bekommen die Willkommensbroschüre und Ihren Willkommenspass.
public-modules-title = Informationstreffen in Gruppen
public-modules-body = Die Treffen dauern zwei Stunden und haben ein Thema. Es gibt sie in vielen Sprachen. Manche sind am Samstag. Ihre Kinder können während des Treffens betreut werden.
public-desk-title = Das Willkommensbüro und die Hotline
public-desk-body = Kommen Sie ohne Termin ins Büro oder rufen Sie uns an. Wir beantworten Ihre Fragen. Wir helfen Ihnen, das richtige Amt zu finden.
public-vouchers-title = Ihr Willkommenspass und ein Gutschein für einen Sprachkurs
public-vouchers-body = Jedes Treffen, an dem Sie teilnehmen, wird in Ihren Willkommenspass eingetragen. Nach Ihrem ersten Treffen bekommen Sie einen Gutschein. Mit dem Gutschein bezahlen Sie einen Sprachkurs. Der Gutschein ist nur für Sie.
public-where-title = Hier finden Sie uns
public-desk-address = Das Willkommensbüro ist hier: { $address }
public-call-us = Rufen Sie uns an
public-write-us = Schreiben Sie uns
public-open-now = Das Büro ist jetzt geöffnet.
public-closed-now = Das Büro ist jetzt geschlossen.
public-opening-hours-title = Öffnungszeiten des Büros
public-no-appointment = Sie brauchen keinen Termin.
public-free = Unsere Hilfe ist kostenlos.

## Erklärung zur Barrierefreiheit (EU-Richtlinie 2016/2102 über den barrierefreien Zugang zu Websites).
a11y-title = Erklärung zur Barrierefreiheit
a11y-intro = { $city } möchte, dass alle Menschen diese Website nutzen können. Diese Erklärung sagt, wie barrierefrei sie ist.
a11y-status-title = Wie barrierefrei diese Website ist
a11y-status-body = Diese Website soll die Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 auf Stufe AA erfüllen. Sie funktioniert ohne JavaScript, auf kleinen Bildschirmen, mit der Tastatur und mit Screenreadern. Das gilt für alle unsere Sprachen, auch für Sprachen, die von rechts nach links geschrieben werden.
a11y-known-issues-title = Was noch nicht barrierefrei ist
a11y-known-issues-body = Einige Übersetzungen hat noch keine Person mit dieser Muttersprache geprüft. PDF-Dokumente sind vielleicht noch nicht ganz für Screenreader aufbereitet. Wenn Sie ein Problem finden, sagen Sie es uns bitte.
a11y-feedback-title = Melden Sie uns ein Problem
a11y-feedback-body = Sie können einen Teil dieser Website nicht nutzen? Dann rufen Sie uns an oder schreiben Sie uns. Wir antworten innerhalb von 14 Tagen.
a11y-enforcement-title = Wenn Sie mit unserer Antwort nicht zufrieden sind
a11y-enforcement-body = Sie können sich an die staatliche Stelle wenden, die die Barrierefreiheit öffentlicher Websites überwacht.
a11y-prepared = Diese Erklärung wurde am { $date } erstellt.

## Datenschutz.
privacy-title = Datenschutz
privacy-intro = Wir speichern nur die Daten über Sie, die wir brauchen, um Ihnen zu helfen. Und nur, wenn Sie einverstanden sind.
privacy-body = Sie können alles sehen, was wir über Sie speichern. Sie können es berichtigen oder löschen lassen. Fragen Sie im Büro oder schreiben Sie uns.
privacy-cookies = Diese Website verwendet nur die Cookies, die nötig sind: um Formulare zu schützen und um Mitarbeitende angemeldet zu halten. Die Website verfolgt nicht, was Sie tun (kein Tracking).
