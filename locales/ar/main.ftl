# Paso — نصوص الواجهة بالعربية (الفصحى المبسطة).
# Keep `{ $name }` placeholders as they are.

language-name = العربية
site-name = Paso
site-tagline = حقوقك على الحدود البرية الأمريكية
skip-to-content = انتقل إلى المحتوى
nav-home = الرئيسية
nav-sources = المصادر
nav-languages = اللغات
language-switcher = اللغة
landing-title = اختر لغتك
landing-intro = دليل بسيط لحقوقك عندما تعبر الحدود البرية الأمريكية بالسيارة أو سيرًا على الأقدام. يعمل بدون إشارة.

home-title = حقوقك على الحدود البرية
home-intro = إجابات واضحة لمن يعبرون بين الولايات المتحدة وكندا أو المكسيك بالسيارة أو سيرًا على الأقدام. يعمل هذا الدليل على هاتفك بدون إشارة.
home-who = ما الذي ينطبق عليك؟
home-who-intro = اختر واحدًا لترى فقط النصائح المكتوبة لحالتك.
home-articles = كل المواضيع

status-us-citizen = مواطن أمريكي
status-green-card = حامل البطاقة الخضراء (green card)
status-visa = حامل تأشيرة أو زائر آخر
status-visitor-ca-mx = زائر كندي أو مكسيكي
status-pending-or-parole = قضية قيد النظر أو parole أو TPS
status-no-status = بدون وضع هجرة

for-title = نصائح لـ: { $status }
for-intro = هذه أجزاء الدليل المكتوبة لك. كل جزء فيه رابط إلى المقال الكامل، وفيه الصورة كاملة والمصادر.
for-none = لا يوجد جزء من الدليل مكتوب لهذه الفئة وحدها. المواضيع أدناه تنطبق على الجميع.
for-also = مواضيع تنطبق عليك أيضًا
for-read-more = اقرأ هذا الجزء في المقال الكامل
for-from-article = من: { $article }

applies-to = ينطبق على:
toc = في هذه الصفحة
last-checked = آخر مراجعة مقارنةً بالمصادر: { $date }
review-due-passed = كان موعد المراجعة الجديدة لهذه الصفحة في { $date }. قد يكون بعض ما فيها قديمًا.
legal-review-none = لم يراجع أي محامٍ هذه الصفحة بعد.
legal-review-done = راجعها { $reviewer } في { $date }.
not-legal-advice = هذه معلومات عامة، وليست استشارة قانونية. لحالتك الخاصة، تحدّث مع محامي هجرة أو مع ممثل معتمد من وزارة العدل الأمريكية (DOJ).
sources = المصادر
source-via = نسخة
source-accessed = قُرئ في { $date }
sources-title = كل المصادر
sources-intro = كل معلومة في هذا الدليل مأخوذة من أحد هذه المصادر. وهي مرتبة هنا مقالًا بعد مقال.
previous = السابق
next = التالي

translation-unreviewed = لم يراجع أي شخص هذه الترجمة بعد.
translation-outdated = تغيّر النص الإنجليزي بعد إعداد هذه الترجمة. قد تكون هذه الصفحة قديمة.
translation-missing = هذه الصفحة غير متوفرة بعد باللغة { $language }، لذلك تظهر بالإنجليزية.
read-original = اقرأ النص الإنجليزي الأصلي

not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة. ربما نُقلت إلى مكان آخر.
not-found-home = اذهب إلى الصفحة الرئيسية

footer-publisher = الناشر: { $publisher }.
footer-version = إصدار المحتوى { $version }.
footer-corrections = وجدت خطأ؟ { $contact }
footer-privacy = هذا الدليل لا يستخدم ملفات تعريف الارتباط (cookies)، ولا يحصي الزوار، ولا يحمّل أي شيء من مواقع أخرى.

local-help = مساعدة محلية
local-phone = الهاتف:
local-hours = ساعات العمل:
local-address = العنوان:
local-languages = اللغات:

alert-note = ملاحظة
alert-tip = نصيحة
alert-important = مهم
alert-warning = تحذير
alert-caution = انتبه
external-link = (موقع آخر)


# Search.
nav-search = بحث
search-title = ابحث في الدليل
search-label = كلمات البحث
search-button = ابحث
search-found = عدد النتائج عن «{ $query }»: { $count }
search-none = لم نجد شيئًا عن «{ $query }». جرّب كلمة أخرى، أو اختر موضوعًا من القائمة أدناه.
search-empty = اكتب كلمة للبحث، مثل «صورة» أو «هاتف».
search-too-long = هذا البحث طويل جدًا. استخدم كلمات أقل (بحد أقصى { $max } حرفًا).
search-noscript = في هذه النسخة المحفوظة يحتاج البحث إلى JavaScript. من دونه، اختر موضوعًا من القائمة أدناه.

# Navigation, saving, quick exit, rights card, sharing.
nav-main = القائمة الرئيسية
nav-breadcrumb = أنت هنا
nav-card = بطاقة الحقوق
nav-share = مشاركة
list-separator = { "، " }
quick-exit = خروج سريع
save-offline = احفظ هذا الدليل
save-offline-hint = ملف واحد فيه كل المواضيع، لتفتحه لاحقًا على هاتفك حتى بدون إشارة.
offline-keep = احتفظ بهذا الدليل على هذا الجهاز
offline-kept = تم الحفظ على هذا الجهاز للقراءة بدون اتصال.
offline-made = نسخة محفوظة من { $publisher }، أُنشئت في { $date }. إصدار المحتوى { $version }.
offline-contents = المواضيع
offline-back = العودة إلى قائمة المواضيع
card-title = اعرض هذا على الضابط
card-intro = اقرأ عبارة بصوت عالٍ، أو اعرض هذه الشاشة. النص الإنجليزي موجّه إلى الضابط.
card-print = اطبع بطاقة للمحفظة
card-print-title = بطاقة المحفظة
card-print-hint = اطبع الوجهين، وقصّ على طول الخطوط المنقطة، واحتفظ بالبطاقة في محفظتك.
card-to-officer = إلى الضابط
card-version = Paso { $version } · { $date }
card-only-for = فقط لـ: { $who }
share-title = شارك هذا الدليل
share-url-title = افتح الدليل
share-intro = وجّه كاميرا الهاتف نحو هذا الرمز لفتح الدليل على ذلك الهاتف.
share-qr-alt = رمز QR يحمل عنوان هذا الدليل
share-wifi-title = أولًا، اتصل بشبكة Wi-Fi
share-wifi = امسح هذا الرمز للاتصال بشبكة Wi-Fi { $ssid }.
share-none = هذه النسخة من الدليل مجموعة ملفات وليست خادمًا. لمشاركتها، أرسل نسخة الملف الواحد أدناه.

# Dates: { $day } and { $year } are numbers, { $month } is one of month-1 … month-12.
date-format = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# Issue 14: phone-first layout, share notice, search description.
menu = القائمة
meta-checked = رُوجعت في { $date }
meta-review-none = لم يراجعها محامٍ
meta-review-done = راجعها محامٍ
meta-applies-all = للجميع
meta-applies-some = { $count ->
    [one] لفئة واحدة
    [two] لفئتين
    [few] لـ { $count } فئات
   *[other] لـ { $count } فئة
}
meta-details = عن هذه الصفحة
share-loopback = هذا الرمز يعمل على هذا الجهاز فقط: يستمع Paso على العنوان الخاص بهذا الجهاز، ولا تستطيع الهواتف الأخرى الوصول إليه.
share-hotspot = للمشاركة عبر نقطة اتصال أو شبكة Wi-Fi، أوقف Paso وشغّله من جديد بالأمر { $command }، ثم افتح هذه الصفحة مرة أخرى.
search-description = ابحث في كل صفحات الدليل، بدون اتصال.
# paso preview only (issue 17): the problems panel shown while editing.
preview-problems-title = { $count ->
        [zero] لا توجد أخطاء في المحتوى
        [one] في المحتوى خطأ واحد
        [two] في المحتوى خطآن
        [few] في المحتوى { $count } أخطاء
       *[other] في المحتوى { $count } خطأً
    }
preview-problems-intro = ما زال الدليل يعرض آخر نسخة خالية من الأخطاء. صحّح الملف واحفظه: ستُعاد تحميل هذه الصفحة تلقائيًا.
preview-error = خطأ
preview-warning = تنبيه
# Issue 12: who vouches for the guide; re-sharing the signed bundle
provenance-signed = موقّع من { $publisher } (مفتاح minisign ‏{ $key }). الإصدار { $version } بتاريخ { $date }.
provenance-unsigned = غير موقّع: هذه النسخة من الدليل (الإصدار { $version }) مأخوذة من مجلد، فلا يضمنها أي ناشر.
provenance-title = من يضمن هذا الدليل
provenance-check = تُفحص النسخة الموقّعة (ملف ‎.paso) قبل عرضها. إذا قال Paso إن توقيع نسخة ما فشل، فلا تستخدمها ولا تمررها لغيرك: فقد غيّرها أحدهم. اطلب نسخة جديدة من المنظمة التي أعطتك إياها.
bundle-offer-title = احصل على هذا الدليل لجهاز Paso الخاص بك
bundle-offer = الإصدار { $version }، موقّع من { $publisher } (المفتاح { $key })، { $size }. افتحه بالأمر paso serve --bundle على هاتف أو كشك آخر.
# Issue 16: the sign-in sheet on a hotspot, reading aloud, counts.
captive-title = دليل مجاني عن حقوقك على الحدود
captive-no-internet = لا توجد إنترنت في شبكة الواي فاي هذه. إنها تقدم هذا الدليل فقط، مجانًا.
captive-choose = اختر لغتك:
captive-open-browser = هذه النافذة لا تحفظ شيئًا. لإبقاء الدليل مفتوحًا، افتح متصفحك (Chrome أو Safari أو Firefox) واكتب { $address }
listen = استمع
listen-pause = إيقاف مؤقت
listen-resume = متابعة
listen-stop = إيقاف
about-counts = تعدّ هذه النسخة من الدليل عدد الصفحات المقروءة كل يوم، لكل لغة ولكل صفحة. ولا تحفظ شيئًا آخر: لا عنوان، ولا وقت، ولا ترتيب للصفحات، ولا شيء عنك. تظهر الأعداد الأقل من 5 بعبارة “أقل من 5”.
# Dated claims and back-translation checks (content v2)
# Shown beside a statement that depends on time: "as of 5 December 2026".
claim-as-of = (بتاريخ { $date })
translation-back-checked = ترجمة آلية، تم التحقق منها بترجمتها عكسيًا إلى الإنجليزية، ولم يراجعها شخص بعد.
# Issue 12: "What changed", per version
changes-title = ما الذي تغيّر
changes-entry = الإصدار { $version }، { $date }:
changes-all = كل التغييرات، إصدارًا بعد إصدار
changes-about-title = ما الذي تغيّر في كل إصدار
changes-about-intro = هذا هو الإصدار { $version }. إذا كانت نسختك من الدليل (صفحة محفوظة أو بطاقة مطبوعة) تُظهر إصدارًا أقدم، فهذه هي الاختلافات منذ ذلك الحين.

# Issue 15: the questions an article answers; suggestions when a search finds nothing.
article-answers = تجيب هذه الصفحة عن
search-did-you-mean = هل تقصد:
