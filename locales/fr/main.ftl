# Paso — textes de l'interface en français (usage canadien).
# Les deux-points sont précédés d'une espace insécable (U+00A0).

language-name = Français
site-name = Paso
site-tagline = Vos droits à la frontière terrestre des États-Unis
skip-to-content = Aller au contenu
nav-home = Accueil
nav-sources = Sources
nav-languages = Langues
language-switcher = Langue
landing-title = Choisissez votre langue
landing-intro = Un guide simple sur vos droits quand vous traversez la frontière terrestre des États-Unis en voiture ou à pied. Il fonctionne sans réseau.

home-title = Vos droits à la frontière terrestre
home-intro = Des réponses claires pour les personnes qui traversent entre les États-Unis et le Canada ou le Mexique en voiture ou à pied. Ce guide fonctionne sur votre cellulaire sans réseau.
home-who = Quelle est votre situation?
home-who-intro = Choisissez-en une pour voir seulement les conseils écrits pour votre situation.
home-articles = Tous les sujets

status-us-citizen = Citoyen ou citoyenne des États-Unis
status-green-card = Titulaire d'une green card (résidence permanente)
status-visa = Titulaire d'un visa ou autre visiteur
status-visitor-ca-mx = Visiteur canadien ou mexicain
status-pending-or-parole = Dossier en attente, parole ou TPS
status-no-status = Sans statut d'immigration

for-title = Conseils pour : { $status }
for-intro = Voici les parties du guide écrites pour vous. Chacune mène à l'article complet, qui donne le portrait d'ensemble et les sources.
for-none = Aucune partie du guide n'est écrite seulement pour ce groupe. Les sujets ci-dessous s'appliquent à tout le monde.
for-also = Sujets qui vous concernent aussi
for-read-more = Lire cette partie dans l'article complet
for-from-article = Extrait de : { $article }

applies-to = S'applique à :
toc = Sur cette page
last-checked = Dernière vérification auprès des sources : { $date }
review-due-passed = Cette page devait être vérifiée de nouveau le { $date }. Une partie de son contenu n'est peut-être plus à jour.
legal-review-none = Aucun avocat n'a encore révisé cette page.
legal-review-done = Révision faite par { $reviewer } le { $date }.
not-legal-advice = Ceci est de l'information générale, pas un avis juridique. Pour votre propre cas, parlez à un avocat en immigration ou à un représentant accrédité par le DOJ (département de la Justice des États-Unis).
sources = Sources
source-via = copie
source-accessed = consulté le { $date }
sources-title = Toutes les sources
sources-intro = Chaque fait de ce guide vient de l'une de ces sources. Elles sont présentées ici article par article.
previous = Précédent
next = Suivant

translation-unreviewed = Cette traduction n'a pas encore été vérifiée par une personne.
translation-outdated = Le texte anglais a changé après cette traduction. Cette page n'est peut-être plus à jour.
translation-missing = Cette page n'est pas encore disponible dans cette langue ({ $language }), alors elle s'affiche en anglais.
read-original = Lire l'original en anglais

not-found-title = Page introuvable
not-found-text = Cette page n'existe pas. Elle a peut-être été déplacée.
not-found-home = Aller à la page d'accueil

footer-publisher = Publié par { $publisher }.
footer-version = Version du contenu : { $version }.
footer-corrections = Vous avez trouvé une erreur? { $contact }
footer-privacy = Ce guide n'utilise aucun témoin (cookie), ne compte pas les visiteurs et ne charge rien à partir d'autres sites.

local-help = Aide locale
local-phone = Téléphone :
local-hours = Heures d'ouverture :
local-address = Adresse :
local-languages = Langues :

alert-note = Remarque
alert-tip = Conseil
alert-important = Important
alert-warning = Avertissement
alert-caution = Attention
external-link = (autre site Web)


# Search.
nav-search = Rechercher
search-title = Rechercher dans le guide
search-label = Mots à rechercher
search-button = Rechercher
search-found = { $count ->
    [one] 1 résultat
   *[other] { $count } résultats
} pour « { $query } »
search-none = Aucun résultat pour « { $query } ». Essayez un autre mot ou choisissez un sujet ci-dessous.
search-empty = Tapez un mot à rechercher, par exemple « photo » ou « cellulaire ».
search-too-long = Cette recherche est trop longue. Utilisez moins de mots (au plus { $max } caractères).
search-noscript = Dans cette copie enregistrée, la recherche a besoin de JavaScript. Sans lui, choisissez un sujet dans la liste ci-dessous.

# Navigation, saving, quick exit, rights card, sharing.
nav-main = Menu principal
nav-breadcrumb = Vous êtes ici
nav-card = Carte de droits
nav-share = Partager
list-separator = { ", " }
quick-exit = Sortie rapide
save-offline = Enregistrer ce guide
save-offline-hint = Un seul fichier avec tous les sujets, à ouvrir plus tard sur votre cellulaire, même sans réseau.
offline-keep = Garder ce guide sur cet appareil
offline-kept = Enregistré sur cet appareil pour une lecture hors ligne.
offline-made = Copie enregistrée de { $publisher }, faite le { $date }. Version du contenu { $version }.
offline-contents = Sujets
offline-back = Retour à la liste des sujets
card-title = Montrez ceci à l'agent
card-intro = Lisez une phrase à voix haute ou montrez cet écran. L'anglais est pour l'agent.
card-print = Imprimer une carte de portefeuille
card-print-title = Carte de portefeuille
card-print-hint = Imprimez les deux côtés, découpez le long des pointillés et gardez la carte dans votre portefeuille.
card-to-officer = À l'agent
card-version = Paso { $version } · { $date }
card-only-for = Seulement pour : { $who }
share-title = Partager ce guide
share-url-title = Ouvrir le guide
share-intro = Pointez l'appareil photo d'un cellulaire vers ce code pour ouvrir le guide sur ce téléphone.
share-qr-alt = Code QR contenant l'adresse de ce guide
share-wifi-title = D'abord, connectez-vous au Wi-Fi
share-wifi = Balayez ce code pour vous connecter au réseau Wi-Fi { $ssid }.
share-none = Cette copie du guide est un ensemble de fichiers, pas un serveur. Pour la partager, envoyez ci-dessous la copie en un seul fichier.

# Dates : { $day } et { $year } sont des nombres, { $month } est l'un de month-1 … month-12.
date-format = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

# Issue 14: phone-first layout, share notice, search description.
menu = Menu
meta-checked = Vérifié le { $date }
meta-review-none = non relu par un avocat
meta-review-done = relu par un avocat
meta-applies-all = pour tout le monde
meta-applies-some = { $count ->
    [one] pour 1 groupe
   *[other] pour { $count } groupes
}
meta-details = À propos de cette page
share-loopback = Ce code ne fonctionne que sur cet appareil : Paso écoute sur l’adresse propre de cet appareil, que les autres téléphones ne peuvent pas joindre.
share-hotspot = Pour partager sur un point d’accès ou un Wi-Fi, arrêtez Paso et relancez-le avec { $command }, puis rouvrez cette page.
search-description = Cherchez dans toutes les pages du guide, sans réseau.
# paso preview only (issue 17): the problems panel shown while editing.
preview-problems-title = { $count ->
        [one] Le contenu a une erreur
       *[other] Le contenu a { $count } erreurs
    }
preview-problems-intro = Le guide affiche toujours la dernière version sans erreur. Corrigez le fichier et enregistrez-le : cette page se recharge toute seule.
preview-error = Erreur
preview-warning = Avertissement
# Issue 12: who vouches for the guide; re-sharing the signed bundle
provenance-signed = Signé par { $publisher } (clé minisign { $key }). Version { $version } du { $date }.
provenance-unsigned = Non signé : cette copie du guide (version { $version }) vient d’un dossier, aucun éditeur ne s’en porte garant.
provenance-title = Qui se porte garant de ce guide
provenance-check = Une copie signée (un fichier .paso) est vérifiée avant d’être affichée. Si Paso indique que la signature d’une copie échoue, ne l’utilisez pas et ne la transmettez pas : quelqu’un l’a modifiée. Demandez-en une nouvelle à l’organisation qui vous l’a donnée.
bundle-offer-title = Obtenez ce guide pour votre propre Paso
bundle-offer = Version { $version }, signée par { $publisher } (clé { $key }), { $size }. Ouvrez-la avec paso serve --bundle sur un autre téléphone ou une autre borne.
# Issue 16: the sign-in sheet on a hotspot, reading aloud, counts.
captive-title = Un guide gratuit sur vos droits à la frontière
captive-no-internet = Ce wifi n’a pas d’internet. Il sert seulement ce guide, gratuitement.
captive-choose = Choisissez votre langue :
captive-open-browser = Cette fenêtre ne garde rien. Pour garder le guide ouvert, ouvrez votre navigateur (Chrome, Safari, Firefox) et tapez { $address }
listen = Écouter
listen-pause = Pause
listen-resume = Reprendre
listen-stop = Arrêter
about-counts = Cette copie du guide compte combien de pages sont lues chaque jour, par langue et par page. Elle ne garde rien d’autre : ni adresse, ni heure, ni ordre des pages, rien sur vous. Les nombres inférieurs à 5 sont affichés « moins de 5 ».
# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = (au { $date })
translation-back-checked = Traduction automatique, vérifiée par une retraduction vers l’anglais, pas encore relue par une personne.
# Issue 12: "What changed", per version
changes-title = Ce qui a changé
changes-entry = Version { $version }, { $date } :
changes-all = Tous les changements, version par version
changes-about-title = Ce qui a changé à chaque version
changes-about-intro = Ceci est la version { $version }. Si votre copie du guide (une page enregistrée ou une carte imprimée) indique une version plus ancienne, voici les différences depuis.

# Issue 15: the questions an article answers; suggestions when a search finds nothing.
article-answers = Cette page répond à
search-did-you-mean = Vouliez-vous dire :
