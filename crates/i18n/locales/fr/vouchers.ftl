# Passport and language-course vouchers (issue 6): refusals and field errors.
# Needs review by a native speaker; written by the development team.

error-code-malformed = Ce numéro n'est pas valide : vérifiez la longueur et les caractères
error-code-check-digit = Ce numéro contient une faute de frappe : vérifiez à nouveau chaque caractère
error-token-malformed = Ce code QR n'est pas un passeport d'accueil
error-token-forged = Ce code QR est falsifié ou modifié : ne l'acceptez pas
error-invalid-level = Choisissez un niveau de A1 à C2
error-level-order = Le niveau le plus haut ne peut pas être inférieur au plus bas
error-invalid-amount = Saisissez un montant comme 150 ou 150,50
error-amount-too-small = La valeur doit être d'au moins un centime par partie
error-invalid-month = Saisissez un mois comme 2026-03
error-voucher-unknown = Aucun bon ne porte ce code
error-voucher-check-digit = Le code du bon contient une faute de frappe : vérifiez à nouveau chaque caractère
error-voucher-malformed = Ce n'est pas un code de bon : il compte 18 lettres et chiffres
error-voucher-expired = Ce bon a expiré
error-voucher-revoked = Ce bon a été annulé par la ville et ne peut pas être utilisé
error-voucher-used = Cette partie du bon a déjà été utilisée
error-voucher-no-such-part = Ce bon n'a pas cette partie
error-voucher-foreign-provider = Ce cours appartient à un autre organisme
error-voucher-provider-suspended = Votre organisme est suspendu : les bons ne peuvent pas être encaissés pour le moment
error-voucher-provider-not-approved = Votre organisme n'est pas agréé pour les bons
error-voucher-level = Le bon ne paie pas les cours de ce niveau
error-voucher-start-window = Le cours commence en dehors de la période couverte par ce bon
error-voucher-amount-above-remaining = Le montant dépasse ce qui reste sur cette partie du bon
error-voucher-id-not-checked = Confirmez que vous avez vérifié la pièce d'identité du titulaire

# Passport and voucher PDFs (in the holder's language).
passport-pdf-title = Passeport d'accueil
passport-pdf-number = Numéro du passeport
passport-pdf-holder = Titulaire
passport-pdf-birth-date = Date de naissance
passport-pdf-qr-alt = Code QR pour vérifier ce passeport
passport-pdf-stamps = Modules suivis
passport-pdf-date = Date
passport-pdf-topic = Thème
passport-pdf-language = Langue
passport-pdf-venue = Lieu
passport-pdf-no-stamps = Aucun module pour l'instant.
passport-pdf-issued = Délivré le
voucher-pdf-title = Bon pour un cours de langue
voucher-pdf-code = Code du bon
voucher-pdf-value = Valeur
voucher-pdf-parts = Parties
voucher-pdf-part = Partie { $n }
voucher-pdf-valid-until = Valable jusqu'au
voucher-pdf-levels = Niveaux de cours
voucher-pdf-qr-alt = Code QR du bon
voucher-pdf-providers = Organismes de formation agréés
voucher-pdf-condition-1 = Uniquement pour les cours de langue des organismes agréés. Pas de remboursement en espèces ; ne peut pas être donné à une autre personne.
voucher-pdf-condition-2 = Apportez ce bon et votre pièce d'identité lors de l'inscription.
