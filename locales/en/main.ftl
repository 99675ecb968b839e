# Paso UI strings — English (the source locale).
# Every other locale must have every message below. Keep `{ $name }` placeholders as they are.

language-name = English
site-name = Paso
site-tagline = Your rights at the US land border
skip-to-content = Skip to content
nav-home = Home
nav-sources = Sources
nav-languages = Languages
language-switcher = Language
landing-title = Choose your language
landing-intro = A plain guide to your rights when you cross the US land border by car or on foot. It works without a signal.

home-title = Your rights at the land border
home-intro = Plain answers for people who cross between the US and Canada or Mexico by car or on foot. This guide works on your phone without a signal.
home-who = Which describes you?
home-who-intro = Choose one to see only the advice written for your situation.
home-articles = All topics

status-us-citizen = US citizen
status-green-card = Green card holder
status-visa = Visa holder or other visitor
status-visitor-ca-mx = Canadian or Mexican visitor
status-pending-or-parole = Pending case, parole or TPS
status-no-status = No immigration status

for-title = Advice for: { $status }
for-intro = These are the parts of the guide written for you. Each one links to the full article, which has the whole picture and the sources.
for-none = No part of the guide is written only for this group. The topics below apply to everyone.
for-also = Topics that also apply to you
for-read-more = Read this part in the full article
for-from-article = From: { $article }

applies-to = Applies to:
toc = On this page
last-checked = Last checked against its sources: { $date }
review-due-passed = This page was due for a new check on { $date }. Some of it may be out of date.
legal-review-none = No lawyer has reviewed this page yet.
legal-review-done = Reviewed by { $reviewer } on { $date }.
not-legal-advice = This is general information, not legal advice. For your own case, talk to an immigration lawyer or a DOJ-accredited representative.
sources = Sources
source-via = copy
source-accessed = read on { $date }
sources-title = All sources
sources-intro = Every fact in this guide comes from one of these sources. They are listed here article by article.
previous = Previous
next = Next

translation-unreviewed = This translation has not been checked by a person yet.
translation-outdated = The English text changed after this translation was made. This page may be out of date.
translation-missing = This page is not available in { $language } yet, so it is shown in English.
read-original = Read the English original

not-found-title = Page not found
not-found-text = This page does not exist. It may have moved.
not-found-home = Go to the home page

footer-publisher = Published by { $publisher }.
footer-version = Content version { $version }.
footer-corrections = Found a mistake? { $contact }
footer-privacy = This guide sets no cookies, counts no visitors and loads nothing from other sites.

local-help = Local help
local-phone = Phone:
local-hours = Hours:
local-address = Address:
local-languages = Languages:

alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution
external-link = (another website)


# Search.
nav-search = Search
search-title = Search the guide
search-label = Words to search for
search-button = Search
search-found = { $count ->
    [one] 1 result
   *[other] { $count } results
} for “{ $query }”
search-none = Nothing found for “{ $query }”. Try another word, or pick a topic below.
search-empty = Type a word to search, for example “photo” or “phone”.
search-too-long = That search is too long. Use fewer words (at most { $max } letters).
search-noscript = Search needs JavaScript in this saved copy. Without it, pick a topic from the list below.

# Navigation, saving, quick exit, rights card, sharing.
nav-main = Main menu
nav-breadcrumb = You are here
nav-card = Rights card
nav-share = Share
list-separator = { ", " }
quick-exit = Quick exit
save-offline = Save this guide
save-offline-hint = One file with every topic, to open later on your phone even without a signal.
offline-keep = Keep this guide on this device
offline-kept = Saved on this device for offline reading.
offline-made = Saved copy from { $publisher }, made on { $date }. Content version { $version }.
offline-contents = Topics
offline-back = Back to the list of topics
card-title = Show this to the officer
card-intro = Read a phrase aloud, or show this screen. The English is for the officer.
card-print = Print a wallet card
card-print-title = Wallet card
card-print-hint = Print both sides, cut along the dashed lines, and keep the card in your wallet.
card-to-officer = To the officer
card-version = Paso { $version } · { $date }
card-only-for = Only for: { $who }
share-title = Share this guide
share-url-title = Open the guide
share-intro = Point a phone's camera at this code to open the guide on that phone.
share-qr-alt = QR code with the address of this guide
share-wifi-title = First, join the Wi-Fi
share-wifi = Scan this code to join the Wi-Fi network { $ssid }.
share-none = This copy of the guide is a set of files, not a server. To share it, send the single-file copy below.

# Dates: { $day } and { $year } are numbers, { $month } is one of month-1 … month-12.
date-format = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Issue 14: phone-first layout, share notice, search description.
menu = Menu
meta-checked = Checked { $date }
meta-review-none = not reviewed by a lawyer
meta-review-done = reviewed by a lawyer
meta-applies-all = for everyone
meta-applies-some = { $count ->
    [one] for 1 group
   *[other] for { $count } groups
}
meta-details = About this page
share-loopback = This code only works on this device: Paso is listening on this device's own address, which other phones cannot reach.
share-hotspot = To share on a hotspot or Wi-Fi, stop Paso and start it again with { $command }, then open this page again.
search-description = Search every page of the guide, without a signal.
# paso preview only (issue 17): the problems panel shown while editing.
preview-problems-title = { $count ->
        [one] The content has one error
       *[other] The content has { $count } errors
    }
preview-problems-intro = The guide still shows the last version without errors. Fix the file and save it: this page reloads by itself.
preview-error = Error
preview-warning = Warning
# Issue 12: who vouches for the guide; re-sharing the signed bundle
provenance-signed = Signed by { $publisher } (minisign key { $key }). Version { $version } of { $date }.
provenance-unsigned = Not signed: this copy of the guide (version { $version }) comes from a folder, so no publisher vouches for it.
provenance-title = Who vouches for this guide
provenance-check = A signed copy (a .paso file) is checked before it is shown. If Paso says a copy's signature fails, do not use or pass on that copy: someone changed it. Ask the organization that gave it to you for a new one.
bundle-offer-title = Get this guide for your own Paso
bundle-offer = Version { $version }, signed by { $publisher } (key { $key }), { $size }. Open it with paso serve --bundle on another phone or kiosk.
# Issue 16: the sign-in sheet on a hotspot, reading aloud, counts.
captive-title = A free guide to your rights at the border
captive-no-internet = This Wi-Fi has no internet. It only serves this guide, for free.
captive-choose = Choose your language:
captive-open-browser = This window keeps nothing. To keep the guide open, open your web browser (Chrome, Safari, Firefox) and type { $address }
listen = Listen
listen-pause = Pause
listen-resume = Resume
listen-stop = Stop
about-counts = This copy of the guide counts how many pages are read each day, for each language and each page. It keeps nothing else: no address, no time of day, no order of pages, nothing about you. Numbers under 5 are shown as “fewer than 5”.
# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = (as of { $date })
translation-back-checked = Machine translation, checked by back-translation, not yet reviewed by a person.
# Issue 12: "What changed", per version
changes-title = What changed
changes-entry = Version { $version }, { $date }:
changes-all = Every change, version by version
changes-about-title = What changed in each version
changes-about-intro = This is version { $version }. If your copy of the guide (a saved page or a printed card) shows an older version, these are the differences since then.

# Issue 15: the questions an article answers; suggestions when a search finds nothing.
article-answers = This page answers
search-did-you-mean = Did you mean:
