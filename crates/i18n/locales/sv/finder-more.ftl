# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Kurser i ditt område kommer först, sedan kurser i områdena bredvid.
courses-why-near-district = Den är i { $district }, bredvid ditt område.
districts-title = Stadsdelar
districts-link = Stadsdelar och deras grannar
districts-intro = Kurssökaren visar först kurser i personens egen stadsdel och sedan kurser i en grannstadsdel. Ange här vilka stadsdelar som ligger bredvid varandra. Om A ligger bredvid B ligger B bredvid A.
districts-list = Stadens stadsdelar
districts-col-name = Stadsdel
districts-col-neighbours = Grannstadsdelar
districts-change = Ändra
districts-no-neighbours = inga ännu
districts-none = Inga stadsdelar ännu. Lägg till den första nedan.
districts-add = Lägg till en stadsdel
districts-edit-title = Stadsdel och grannar
districts-back = Tillbaka till stadsdelarna
districts-neighbours-hint = Kryssa i varje stadsdel som ligger bredvid den här. Stadsdelen blir då också granne till varje stadsdel du kryssar i.
districts-no-others = Det finns ingen annan stadsdel ännu.
districts-save = Spara stadsdelen
districts-done-created = Stadsdelen lades till. Kryssa nu i dess grannar.
districts-done-saved = Stadsdelen sparades.
districts-done-deleted = Stadsdelen togs bort.
districts-delete-title = Ta bort stadsdelen
districts-delete-intro = Stadsdelen försvinner från listan och är inte längre granne till någon stadsdel. Kurserna behåller namnet på sin stadsdel.
districts-delete = Ta bort den här stadsdelen
error-district-exists = Det finns redan en stadsdel med det här namnet
error-unknown-district = Välj stadsdelar från listan
