## Den offentliga webbplatsen, för nyanlända. Enkla ord, korta meningar, "du".

public-start-title = Välkommen till { $city }
public-start-lead = Är du ny i { $city }? Vi hjälper dig gratis, på ditt språk.
public-services-title = Så kan vi hjälpa dig
public-coaching-title = Ett personligt samtal på ditt språk
public-coaching-body = En rådgivare pratar med dig på ditt språk. Du får veta hur saker fungerar i staden: bostad, arbete, skola, hälsa och dina papper. Du får välkomstbroschyren och ditt välkomstpass.
public-modules-title = Informationsmöten i grupp
public-modules-body = Mötena är två timmar långa och handlar om ett ämne. De finns på många språk. Några är på lördagar. Dina barn kan få barnpassning under mötet.
public-desk-title = Välkomstkontoret och telefonlinjen
public-desk-body = Kom till kontoret utan att boka tid, eller ring oss. Vi svarar på dina frågor. Vi hjälper dig att hitta rätt kontor.
public-vouchers-title = Ditt välkomstpass och en check för en språkkurs
public-vouchers-body = Varje möte som du går på skrivs in i ditt välkomstpass. Efter ditt första möte får du en check. Checken betalar en språkkurs. Checken gäller bara för dig.
public-where-title = Här hittar du oss
public-desk-address = Välkomstkontoret finns här: { $address }
public-call-us = Ring oss
public-write-us = Skriv till oss
public-open-now = Kontoret är öppet nu.
public-closed-now = Kontoret är stängt nu.
public-opening-hours-title = Kontorets öppettider
public-no-appointment = Du behöver inte boka tid.
public-free = Vår hjälp är gratis.

## Tillgänglighetsredogörelse (EU:s webbtillgänglighetsdirektiv 2016/2102).
a11y-title = Tillgänglighetsredogörelse
a11y-intro = { $city } vill att alla ska kunna använda den här webbplatsen. Här beskriver vi hur tillgänglig den är.
a11y-status-title = Så tillgänglig är webbplatsen
a11y-status-body = Målet är att webbplatsen ska uppfylla riktlinjerna för tillgängligt webbinnehåll (WCAG) 2.1 på nivå AA. Den fungerar utan JavaScript, på små skärmar, med tangentbord och med skärmläsare. Det gäller alla språk som vi erbjuder, även språk som skrivs från höger till vänster.
a11y-known-issues-title = Det här är inte tillgängligt ännu
a11y-known-issues-body = Några översättningar har inte kontrollerats av en person med språket som modersmål ännu. PDF-dokument är kanske inte helt anpassade för skärmläsare ännu. Berätta gärna för oss om du hittar ett problem.
a11y-feedback-title = Berätta om ett problem
a11y-feedback-body = Kan du inte använda en del av webbplatsen? Ring oss eller skriv till oss. Vi svarar inom 14 dagar.
a11y-enforcement-title = Om du inte är nöjd med vårt svar
a11y-enforcement-body = Du kan kontakta den nationella myndighet som granskar tillgängligheten på offentliga webbplatser.
a11y-prepared = Den här redogörelsen skrevs den { $date }.

## Integritet.
privacy-title = Integritet
privacy-intro = Vi sparar bara de uppgifter om dig som vi behöver för att hjälpa dig. Och bara om du säger ja.
privacy-body = Du kan be att få se allt som vi sparar om dig. Du kan be oss att rätta det eller ta bort det. Fråga på kontoret eller skriv till oss.
privacy-cookies = Den här webbplatsen använder bara de kakor som behövs för att formulären ska vara säkra och för att personalen ska förbli inloggad. Webbplatsen spårar dig inte.
