## Le site public, pour les personnes nouvellement arrivées. Mots simples, phrases courtes, « vous ».

public-start-title = Bienvenue à { $city }
public-start-lead = Vous venez d’arriver à { $city } ? Nous vous aidons gratuitement, dans votre langue.
public-services-title = Comment nous pouvons vous aider
public-coaching-title = Un entretien personnel dans votre langue
public-coaching-body = Un conseiller ou une conseillère parle avec vous dans votre langue. Vous apprenez comment les choses fonctionnent dans la ville : logement, travail, école, santé et vos papiers. Vous recevez la brochure de bienvenue et votre passeport d’accueil.
public-modules-title = Réunions d’information en groupe
public-modules-body = Les réunions durent deux heures et parlent d’un seul sujet. Elles ont lieu dans beaucoup de langues. Certaines ont lieu le samedi. Vos enfants peuvent être gardés pendant la réunion.
public-desk-title = Le guichet d’accueil et la ligne téléphonique
public-desk-body = Venez au guichet sans rendez-vous, ou appelez-nous. Nous répondons à vos questions. Nous vous aidons à trouver le bon service.
public-vouchers-title = Votre passeport d’accueil et un bon pour un cours de langue
public-vouchers-body = Chaque réunion à laquelle vous participez est notée dans votre passeport. Après votre première réunion, vous recevez un bon. Ce bon paie un cours de langue. Il est seulement pour vous.
public-where-title = Où nous trouver
public-desk-address = Le guichet d’accueil se trouve ici : { $address }
public-call-us = Appelez-nous
public-write-us = Écrivez-nous
public-open-now = Le guichet est ouvert maintenant.
public-closed-now = Le guichet est fermé maintenant.
public-opening-hours-title = Horaires d’ouverture du guichet
public-no-appointment = Vous n’avez pas besoin de rendez-vous.
public-free = Notre aide est gratuite.

## Déclaration d’accessibilité (directive (UE) 2016/2102 sur l’accessibilité des sites web).
a11y-title = Déclaration d’accessibilité
a11y-intro = { $city } veut que tout le monde puisse utiliser ce site. Cette déclaration dit dans quelle mesure il est accessible.
a11y-status-title = Est-ce que ce site est accessible ?
a11y-status-body = Ce site a pour objectif de respecter les règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA. Il fonctionne sans JavaScript, sur les petits écrans, avec un clavier et avec les lecteurs d’écran. C’est le cas dans toutes nos langues, y compris celles qui s’écrivent de droite à gauche.
a11y-known-issues-title = Ce qui n’est pas encore accessible
a11y-known-issues-body = Certaines traductions n’ont pas encore été vérifiées par une personne de langue maternelle. Les documents PDF ne sont peut-être pas encore complètement adaptés aux lecteurs d’écran. Si vous trouvez un problème, dites-le-nous.
a11y-feedback-title = Signalez-nous un problème
a11y-feedback-body = Vous ne pouvez pas utiliser une partie de ce site ? Appelez-nous ou écrivez-nous. Nous répondons dans un délai de 14 jours.
a11y-enforcement-title = Si notre réponse ne vous convient pas
a11y-enforcement-body = Vous pouvez contacter l’organisme national qui contrôle l’accessibilité des sites web publics.
a11y-prepared = Cette déclaration a été établie le { $date }.

## Confidentialité.
privacy-title = Confidentialité
privacy-intro = Nous gardons seulement les informations sur vous dont nous avons besoin pour vous aider. Et seulement si vous êtes d’accord.
privacy-body = Vous pouvez demander à voir tout ce que nous gardons sur vous. Vous pouvez aussi demander de le corriger ou de le supprimer. Demandez au guichet ou écrivez-nous.
privacy-cookies = Ce site utilise seulement les cookies nécessaires pour protéger les formulaires et garder le personnel connecté. Il n’utilise aucun traceur.
