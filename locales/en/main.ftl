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

# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = (as of { $date })
translation-back-checked = Machine translation, checked by back-translation, not yet reviewed by a person.
