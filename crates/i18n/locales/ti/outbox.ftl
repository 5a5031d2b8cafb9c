## The e-mail queue (staff page).

staff-nav-outbox = መስርዕ ኢመይል
outbox-title = መስርዕ ኢመይል
outbox-intro = ንሓደሽቲ መጻእቲ ዝለኣኹ መረጋገጺታትን መዘኻኸሪታትን። ክለኣኽ ዘይከኣለ መልእኽቲ ድሒሩ እንደገና ይፍተን፤ ድሕሪ ሸሞንተ ፈተነታት ከም ዘይተዓወተ ምልክት ይግበረሉ።
outbox-col-created = ናብ መስርዕ ዝኣተወሉ ግዜ
outbox-col-kind = ዓይነት
outbox-col-to = ናብ
outbox-col-status = ኩነታት
outbox-col-attempts = ፈተነታት
outbox-col-error = ናይ መወዳእታ ጌጋ
outbox-empty = እቲ መስርዕ ባዶ እዩ።
mail-kind-confirmation = መረጋገጺ
mail-kind-reminder = መዘኻኸሪ
mail-kind-invitation = ዕድመ
mail-status-pending = ይጽበ ኣሎ
mail-status-sent = ተላኢኹ
mail-status-failed = ኣይተዓወተን
outbox-col-channel = መንገዲ
