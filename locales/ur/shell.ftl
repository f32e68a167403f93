## The frame around every page: header, navigation, footer, notices, errors.

app-name = دل کے پمپ کی گائیڈ
app-tagline = کارڈیوجینک شاک میں استعمال ہونے والے دل کے پمپ کے بارے میں ایک گائیڈ

skip-to-content = مرکزی مواد پر جائیں
nav-label = مرکزی
# The button that opens the main navigation on a phone.
nav-menu = مینو
nav-home = پہلا صفحہ
nav-about = تعارف اور ماخذ

language-label = زبان
language-unchecked = اس ترجمے کی جانچ ابھی تک کسی پیشہ ور طبی مترجم نے نہیں کی۔ اگر کوئی بات واضح نہ ہو تو اپنی طبی ٹیم سے پوچھیں یا انگریزی زبان پر چلے جائیں۔
shell-unknown-locale = زبان “{ $lang }” دستیاب نہیں ہے۔ گائیڈ انگریزی میں دکھائی جا رہی ہے۔

audience-label = بطور قاری
audience-short-patient = مریض یا گھر والے
audience-short-clinician = زیرِ تربیت معالج
audience-switch = تبدیل کریں

footer-disclaimer = یہ گائیڈ تعلیم کے لیے ہے۔ یہ طبی مشورہ نہیں ہے۔ آپ کے علاج کا فیصلہ آپ کی طبی ٹیم کرتی ہے۔
footer-privacy = آپ یہاں جو کچھ بھی کریں، وہ اس ڈیوائس سے باہر نہیں جاتا۔ نہ کوئی اکاؤنٹ، نہ کوکیز، نہ ٹریکنگ۔
footer-about = تعارف اور ماخذ
footer-reviewed = { $checked } کو جانچا گیا۔ اگلا جائزہ { $next } تک۔

notfound-title = صفحہ نہیں ملا
notfound-body = ہمیں یہ صفحہ نہیں ملا۔ ہو سکتا ہے یہ کہیں اور منتقل ہو گیا ہو۔
notfound-home = پہلے صفحے پر جائیں

crash-title = معذرت، کچھ غلط ہو گیا
crash-body = گائیڈ نے کام کرنا بند کر دیا ہے۔ آپ کے محفوظ کیے ہوئے نوٹس ابھی بھی اس ڈیوائس پر موجود ہیں۔ عام طور پر صفحہ دوبارہ لوڈ کرنے سے یہ مسئلہ حل ہو جاتا ہے۔
crash-reload = گائیڈ دوبارہ لوڈ کریں

storage-unavailable = یہ براؤزر گائیڈ کو کچھ بھی محفوظ کرنے نہیں دے رہا، اس لیے براؤزر بند کرنے پر آپ کے انتخاب یاد نہیں رہیں گے۔
settings-reset = اس ڈیوائس پر محفوظ ایک سیٹنگ پڑھی نہیں جا سکی، اس لیے اسے پہلی حالت پر واپس کر دیا گیا۔ اگر ضرورت ہو تو براہِ کرم اپنی زبان اور قاری کی قسم دوبارہ منتخب کریں۔
update-ready = گائیڈ کا نیا ورژن تیار ہے۔ اسے استعمال کرنے کے لیے صفحہ دوبارہ لوڈ کریں۔
update-reload = ابھی دوبارہ لوڈ کریں
audience-none = ابھی منتخب نہیں کیا

## Patient guide pages in the navigation.
nav-shock = کارڈیوجینک شاک
nav-pump = پمپ
nav-insertion = پمپ کیسے لگایا جاتا ہے
nav-risks = فائدے اور خطرات
nav-options = دوسرے راستے
nav-after = پمپ کے ساتھ زندگی
nav-family = گھر والوں کے لیے
nav-questions = میرے سوالات
nav-decide = فیصلے کی تیاری
decide-step-check = جانچیں کہ آپ نے کیا سمجھا
decide-step-values = سب سے زیادہ اہم کیا ہے
decide-step-meeting = ملاقات کی تیاری
decide-step-summary = ٹیم کے لیے ایک صفحہ
easy-read-title = آسان الفاظ میں: دل کا پمپ
nav-glossary = الفاظ کی فہرست

# Switching to a language whose text is downloaded from this site the first time it is chosen.
language-loading = { $lang } لوڈ ہو رہی ہے…
language-load-failed = { $lang } لوڈ نہیں ہو سکی۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔ تب تک گائیڈ انگریزی میں دکھائی جائے گی۔

# ڈیمو، مشق کا کمرہ اور ماڈل کی حدود کو سمیولیشن چاہیے: ایک دوسری فائل جو پہلی بار کھولنے پر لوڈ ہوتی ہے۔
simulator-loading = سمیولیشن لوڈ ہو رہی ہے…
simulator-failed-title = سمیولیشن لوڈ نہیں ہو سکی
simulator-failed-offline = آپ آف لائن ہیں، اور سمیولیشن ابھی اس آلے پر محفوظ نہیں ہوئی۔ انٹرنیٹ سے جڑیں اور دوبارہ کوشش کریں۔
simulator-failed-network = یہ ڈاؤن لوڈ نہیں ہوئی۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
simulator-failed-rest = گائیڈ کا باقی حصہ اب بھی کام کرتا ہے۔
simulator-failed-updated = گائیڈ کا نیا ورژن تیار ہے۔ سمیولیشن کھولنے کے لیے صفحہ دوبارہ لوڈ کریں۔
simulator-retry = دوبارہ کوشش کریں
simulator-reload = دوبارہ لوڈ کریں
simulator-go-home = پہلے صفحے پر جائیں
# یہی باتیں گائیڈ کے ان دوسرے حصوں کے لیے جو پہلی بار کھولنے پر لوڈ ہوتے ہیں (“فیصلے کی تیاری”)۔
part-loading = گائیڈ کا یہ حصہ لوڈ ہو رہا ہے…
part-failed-title = گائیڈ کا یہ حصہ لوڈ نہیں ہو سکا
part-failed-offline = آپ آف لائن ہیں، اور گائیڈ کا یہ حصہ ابھی اس آلے پر محفوظ نہیں ہوا۔ انٹرنیٹ سے جڑیں اور دوبارہ کوشش کریں۔
part-failed-updated = گائیڈ کا نیا ورژن تیار ہے۔ یہ حصہ کھولنے کے لیے صفحہ دوبارہ لوڈ کریں۔
part-failed-network = یہ ڈاؤن لوڈ نہیں ہوا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔

## سمیولیشن کے صفحات کے عنوان: صفحے کے فریم (نیویگیشن، دستاویز کا عنوان) کو یہ سمیولیشن کا اپنا متن لوڈ ہونے سے پہلے چاہییں۔
nav-demo = پمپ کیسے کام کرتا ہے
limits-title = یہ سمیولیشن کیا نہیں دکھا سکتی
nav-practice = پریکٹس روم
pr-console-title = کنسول ٹرینر
pr-setup-title = سیٹ اپ کی مشق
pr-pos-title = پوزیشننگ کی مشق
pr-record-title = مشق کا ریکارڈ
sc-title-suction-1 = سکشن الارم 1
sc-title-suction-2 = سکشن الارم 2
sc-title-position-in-ventricle = پوزیشن وینٹریکل میں
sc-title-position-wrong = پوزیشن غلط
sc-title-purge-pressure-high = پرج پریشر زیادہ
sc-title-pump-stopped = پمپ رک گیا
sc-title-haemolysis = ہیمولائسز
sc-title-weaning = ویننگ (سپورٹ بتدریج کم کرنا)
sc-title-removal = پمپ نکالنا
sc-title-position-unknown = پوزیشن نامعلوم
sc-title-purge-2 = پرج پریشر زیادہ 2
sc-title-bleeding = ران کے جوڑ سے خون بہنا
sc-title-ecmo = ایکمو (ECMO) پر: آرٹیریل لائن فلیٹ ہے

# "یہ صفحہ سنیں": براؤزر صفحہ بلند آواز سے پڑھتا ہے (src/read_aloud.rs)۔
read-aloud-listen = یہ صفحہ سنیں
read-aloud-pause = وقفہ
read-aloud-resume = جاری رکھیں
read-aloud-stop = بند کریں
read-aloud-starting = پڑھنے کی تیاری ہو رہی ہے…
read-aloud-reading = یہ صفحہ بلند آواز سے پڑھا جا رہا ہے۔
read-aloud-paused = روک دیا گیا۔
read-aloud-finished = یہ صفحہ پڑھ لیا گیا۔
read-aloud-stopped = بند کر دیا گیا۔
read-aloud-no-voice = اس آلے میں { $language } کی آواز نہیں ہے، اس لیے یہ صفحہ بلند آواز سے نہیں پڑھا جا سکتا۔
read-aloud-unsupported = یہ براؤزر صفحات بلند آواز سے نہیں پڑھ سکتا۔
read-aloud-not-loaded = پڑھنے والا حصہ ڈاؤن لوڈ نہیں ہوا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
read-aloud-failed = براؤزر نے صفحہ بلند آواز سے نہیں پڑھا۔ دوبارہ کوشش کریں، یا آلے کی آواز کی سیٹنگز چیک کریں۔
