# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = ቅድም ኣብ ከባቢኻ ዘለዉ ኮርሳት፡ ድሕሪኡ ኣብ ጎረቤት ከባቢታት ዘለዉ ኮርሳት ይመጹ።
courses-why-near-district = ኣብ { $district }፡ ጥቓ ከባቢኻ እዩ።
districts-title = ከባቢታት
districts-link = ከባቢታትን ጎረባብቶምን
districts-intro = ኮርስ ደላዪ ቅድም ኣብ ከባቢ እቲ ሰብ ዘለዉ ኮርሳት፡ ድሕሪኡ ኣብ ጎረቤት ከባቢ ዘለዉ ኮርሳት የርኢ። ኣየኖት ከባቢታት ጎኒ ንጎኒ ምዃኖም ኣብዚ ግለጽ። A ጥቓ B እንተ ዀይኑ፡ B እውን ጥቓ A እዩ።
districts-list = ከባቢታት ከተማ
districts-col-name = ከባቢ
districts-col-neighbours = ጎረቤት ከባቢታት
districts-change = ቀይር
districts-no-neighbours = ገና የለን
districts-none = ገና ከባቢ የለን። ነቲ ቀዳማይ ኣብ ታሕቲ ወስኽ።
districts-add = ከባቢ ወስኽ
districts-edit-title = ከባቢን ጎረባብቱን
districts-back = ናብ ከባቢታት ተመለስ
districts-neighbours-hint = ነቲ ጥቓ እዚ ዘሎ ነፍሲ ወከፍ ከባቢ ምልክት ግበረሉ። እዚ ከባቢ እውን ጎረቤት ናይ ነፍሲ ወከፍ ምልክት ዝገበርካሉ ከባቢ ይኸውን።
districts-no-others = ገና ካልእ ከባቢ የለን።
districts-save = ከባቢ ዓቅብ
districts-done-created = እቲ ከባቢ ተወሲኹ። ሕጂ ጎረባብቱ ምልክት ግበረሎም።
districts-done-saved = እቲ ከባቢ ተዓቂቡ።
districts-done-deleted = እቲ ከባቢ ተኣልዩ።
districts-delete-title = ከባቢ ኣልግስ
districts-delete-intro = እቲ ከባቢ ካብ ዝርዝር ይወጽእ፡ ናይ ዝኾነ ከባቢ ጎረቤት ድማ ኣይኸውንን። ኮርሳት ስም ከባቢኦም ይሕዙ።
districts-delete = ነዚ ከባቢ ኣልግስ
error-district-exists = በዚ ስም ከባቢ ድሮ ኣሎ
error-unknown-district = ካብ ዝርዝር ከባቢታት ምረጽ
