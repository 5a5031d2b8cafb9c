# The course finder's districts and neighbours (issue 12): /staff/districts, the
# finder's "neighbouring district" reason. Needs review by a native speaker.

courses-q-district-hint = Les cours dans votre quartier viennent d’abord, puis les cours dans les quartiers voisins.
courses-why-near-district = Il a lieu à { $district }, à côté de votre quartier.
districts-title = Quartiers
districts-link = Les quartiers et leurs voisins
districts-intro = Le moteur de recherche de cours montre d’abord les cours dans le quartier de la personne, puis ceux d’un quartier voisin. Indiquez ici quels quartiers sont voisins. Si A est voisin de B, B est voisin de A.
districts-list = Les quartiers de la ville
districts-col-name = Quartier
districts-col-neighbours = Quartiers voisins
districts-change = Modifier
districts-no-neighbours = aucun pour l’instant
districts-none = Aucun quartier pour l’instant. Ajoutez le premier ci-dessous.
districts-add = Ajouter un quartier
districts-edit-title = Quartier et voisins
districts-back = Retour aux quartiers
districts-neighbours-hint = Cochez chaque quartier voisin de celui-ci. Ce quartier devient aussi voisin de chaque quartier coché.
districts-no-others = Il n’y a pas encore d’autre quartier.
districts-save = Enregistrer le quartier
districts-done-created = Le quartier a été ajouté. Cochez maintenant ses voisins.
districts-done-saved = Le quartier a été enregistré.
districts-done-deleted = Le quartier a été retiré.
districts-delete-title = Retirer le quartier
districts-delete-intro = Le quartier quitte la liste et n’est plus voisin d’aucun quartier. Les cours gardent le nom de leur quartier.
districts-delete = Retirer ce quartier
error-district-exists = Il existe déjà un quartier portant ce nom
error-unknown-district = Choisissez des quartiers dans la liste
