# Paso — tèks entèfas la an kreyòl ayisyen.

language-name = Kreyòl ayisyen
site-name = Paso
site-tagline = Dwa ou nan fwontyè tè Etazini
skip-to-content = Ale dirèkteman nan tèks la
nav-home = Akèy
nav-sources = Sous
nav-languages = Lang
language-switcher = Lang
landing-title = Chwazi lang ou
landing-intro = Yon gid senp sou dwa ou lè ou travèse fwontyè tè Etazini an machin oswa a pye. Li mache san siyal.

home-title = Dwa ou nan fwontyè tè a
home-intro = Repons klè pou moun ki travèse ant Etazini ak Kanada oswa Meksik an machin oswa a pye. Gid sa a mache sou telefòn ou san siyal.
home-who = Ki sitiyasyon pa ou?
home-who-intro = Chwazi youn pou w wè sèlman konsèy ki ekri pou sitiyasyon pa ou.
home-articles = Tout sijè yo

status-us-citizen = Sitwayen ameriken
status-green-card = Moun ki gen green card (kat rezidan pèmanan)
status-visa = Moun ki gen viza oswa lòt vizitè
status-visitor-ca-mx = Vizitè kanadyen oswa meksiken
status-pending-or-parole = Ka k ap tann desizyon, parole oswa TPS
status-no-status = San estati imigrasyon

for-title = Konsèy pou: { $status }
for-intro = Men pati nan gid la ki ekri pou ou. Chak pati gen yon lyen pou atik konplè a, ki gen tout enfòmasyon yo ak sous yo.
for-none = Pa gen okenn pati nan gid la ki ekri sèlman pou gwoup sa a. Sijè ki anba yo konsène tout moun.
for-also = Lòt sijè ki konsène ou tou
for-read-more = Li pati sa a nan atik konplè a
for-from-article = Soti nan: { $article }

applies-to = Sa konsène:
toc = Sou paj sa a
last-checked = Dènye fwa yo verifye l ak sous li yo: { $date }
review-due-passed = Yo te dwe verifye paj sa a ankò { $date }. Gen kèk enfòmasyon ladan l ki ka pa bon ankò.
legal-review-none = Pa gen okenn avoka ki revize paj sa a ankò.
legal-review-done = { $reviewer } revize l { $date }.
not-legal-advice = Sa a se enfòmasyon jeneral, se pa konsèy legal. Pou pwòp ka pa ou, pale ak yon avoka imigrasyon oswa yon reprezantan ki akredite pa DOJ (Depatman Jistis Etazini).
sources = Sous
source-via = kopi
source-accessed = nou te li l { $date }
sources-title = Tout sous yo
sources-intro = Chak enfòmasyon nan gid sa a soti nan youn nan sous sa yo. Men yo isit la, atik pa atik.
previous = Anvan
next = Apre

translation-unreviewed = Pa gen okenn moun ki verifye tradiksyon sa a ankò.
translation-outdated = Tèks angle a chanje apre yo te fè tradiksyon sa a. Paj sa a ka pa ajou.
translation-missing = Paj sa a poko disponib an { $language }, se pou sa li parèt an angle.
read-original = Li tèks orijinal la an angle

not-found-title = Nou pa jwenn paj la
not-found-text = Paj sa a pa egziste. Petèt li chanje plas.
not-found-home = Ale nan paj akèy la

footer-publisher = Se { $publisher } ki pibliye l.
footer-version = Vèsyon kontni an: { $version }.
footer-corrections = Ou jwenn yon erè? { $contact }
footer-privacy = Gid sa a pa mete okenn cookie, li pa konte vizitè, e li pa chaje anyen nan lòt sit.

local-help = Èd nan zòn ou
local-phone = Telefòn:
local-hours = Lè:
local-address = Adrès:
local-languages = Lang:

alert-note = Nòt
alert-tip = Konsèy
alert-important = Enpòtan
alert-warning = Avètisman
alert-caution = Atansyon
external-link = (yon lòt sit entènèt)


# Search.
nav-search = Chèche
search-title = Chèche nan gid la
search-label = Mo pou chèche
search-button = Chèche
search-found = { $count } rezilta pou “{ $query }”
search-none = Pa gen anyen pou “{ $query }”. Eseye yon lòt mo, oswa chwazi yon sijè anba a.
search-empty = Tape yon mo pou chèche, pa egzanp “foto” oswa “telefòn”.
search-too-long = Rechèch sa a twò long. Sèvi ak mwens mo (pa plis pase { $max } lèt).
search-noscript = Nan kopi sa a, rechèch la bezwen JavaScript. San li, chwazi yon sijè nan lis ki anba a.

# Navigation, saving, quick exit, rights card, sharing.
nav-main = Meni prensipal
nav-breadcrumb = Kote ou ye
nav-card = Kat dwa
nav-share = Pataje
list-separator = { ", " }
quick-exit = Sòti vit
save-offline = Sove gid sa a
save-offline-hint = Yon sèl fichye ak tout sijè yo, pou w louvri l pita sou telefòn ou, menm san siyal.
offline-keep = Kenbe gid sa a sou aparèy sa a
offline-kept = Gid la sove sou aparèy sa a pou w li l san entènèt.
offline-made = Kopi { $publisher } ki sove { $date }. Vèsyon kontni an: { $version }.
offline-contents = Sijè yo
offline-back = Retounen nan lis sijè yo
card-title = Montre ofisye a sa a
card-intro = Li yon fraz awotvwa, oswa montre ekran sa a. Angle a se pou ofisye a.
card-print = Enprime yon kat pou bous ou
card-print-title = Kat pou bous
card-print-hint = Enprime de bò yo, koupe sou liy pwentiye yo, epi kenbe kat la nan bous ou.
card-to-officer = Pou ofisye a
card-version = Paso { $version } · { $date }
card-only-for = Sèlman pou: { $who }
share-title = Pataje gid sa a
share-url-title = Louvri gid la
share-intro = Mete kamera yon telefòn devan kòd sa a pou louvri gid la sou telefòn sa a.
share-qr-alt = Kòd QR ak adrès gid sa a
share-wifi-title = Anvan, konekte sou Wi-Fi a
share-wifi = Eskane kòd sa a pou konekte sou rezo Wi-Fi { $ssid }.
share-none = Kopi gid sa a se yon pakèt fichye, se pa yon sèvè. Pou pataje l, voye kopi ki nan yon sèl fichye ki anba a.

# Dat: { $day } ak { $year } se chif, { $month } se youn nan month-1 … month-12.
date-format = { $day } { $month } { $year }
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm

# Issue 14: phone-first layout, share notice, search description.
menu = Meni
meta-checked = Verifye { $date }
meta-review-none = okenn avoka pa revize l
meta-review-done = yon avoka revize l
meta-applies-all = pou tout moun
meta-applies-some = { $count ->
    [one] pou 1 gwoup
   *[other] pou { $count } gwoup
}
meta-details = Sou paj sa a
share-loopback = Kòd sa a mache sèlman sou aparèy sa a: Paso ap koute sou pwòp adrès aparèy sa a, lòt telefòn pa ka rive ladan l.
share-hotspot = Pou pataje sou yon hotspot oswa yon Wi-Fi, kanpe Paso epi lanse l ankò avèk { $command }, epi louvri paj sa a ankò.
search-description = Chèche nan tout paj gid la, san siyal.
# paso preview only (issue 17): the problems panel shown while editing.
preview-problems-title = { $count ->
        [one] Kontni an gen yon erè
       *[other] Kontni an gen { $count } erè
    }
preview-problems-intro = Gid la toujou ap montre dènye vèsyon ki pa t gen erè a. Korije fichye a epi anrejistre l: paj sa a ap rechaje poukont li.
preview-error = Erè
preview-warning = Avètisman
# Issue 12: who vouches for the guide; re-sharing the signed bundle
provenance-signed = Siyen pa { $publisher } (kle minisign { $key }). Vèsyon { $version } ki date { $date }.
provenance-unsigned = Pa siyen: kopi gid sa a (vèsyon { $version }) soti nan yon dosye, kidonk pa gen okenn piblikatè ki garanti li.
provenance-title = Kiyès ki garanti gid sa a
provenance-check = Yo verifye yon kopi ki siyen (yon fichye .paso) anvan yo montre l. Si Paso di siyati yon kopi pa bon, pa sèvi avè l epi pa pase l bay lòt moun: yon moun chanje l. Mande òganizasyon ki te ba ou l la yon lòt.
bundle-offer-title = Pran gid sa a pou pwòp Paso ou
bundle-offer = Vèsyon { $version }, siyen pa { $publisher } (kle { $key }), { $size }. Louvri l ak paso serve --bundle sou yon lòt telefòn oswa kyòs.
# Issue 16: the sign-in sheet on a hotspot, reading aloud, counts.
captive-title = Yon gid gratis sou dwa ou nan fwontyè a
captive-no-internet = Wi-Fi sa a pa gen entènèt. Li bay gid sa a sèlman, gratis.
captive-choose = Chwazi lang ou:
captive-open-browser = Fenèt sa a pa kenbe anyen. Pou kenbe gid la louvri, louvri navigatè ou (Chrome, Safari, Firefox) epi tape { $address }
listen = Koute
listen-pause = Kanpe
listen-resume = Kontinye
listen-stop = Fini
about-counts = Kopi gid sa a konte konbyen paj moun li chak jou, pou chak lang ak chak paj. Li pa kenbe anyen lòt: pa gen adrès, pa gen lè, pa gen lòd paj yo, anyen sou ou. Chif ki pi piti pase 5 parèt kòm “mwens pase 5”.
# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = (nan dat { $date })
translation-back-checked = Tradiksyon pa machin, yo verifye l lè yo retradui l an anglè, men okenn moun poko revize l.
# Issue 12: "What changed", per version
changes-title = Sa ki chanje
changes-entry = Vèsyon { $version }, { $date }:
changes-all = Tout chanjman yo, vèsyon pa vèsyon
changes-about-title = Sa ki chanje nan chak vèsyon
changes-about-intro = Sa a se vèsyon { $version }. Si kopi gid ou a (yon paj ou anrejistre oswa yon kat ou enprime) montre yon vèsyon ki pi ansyen, men diferans yo depi lè sa a.

# Issue 15: the questions an article answers; suggestions when a search finds nothing.
article-answers = Paj sa a reponn
search-did-you-mean = Èske ou te vle di:
