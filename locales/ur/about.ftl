## About this guide, its sources and privacy.

about-title = اس گائیڈ اور اس کے ذرائع کے بارے میں
about-what-title = یہ گائیڈ کیا ہے
about-what-1 = دل کے پمپ کی گائیڈ ایک ایسے دل کے پمپ کے بارے میں بتاتی ہے جو برطانیہ میں کارڈیوجینک شاک کے لیے استعمال ہوتا ہے۔ یہ مریضوں، ان کے خاندانوں اور تربیت حاصل کرنے والے طبی عملے کے لیے ہے۔
about-what-2 = یہ صرف تعلیم کے لیے ہے۔ یہ طبی مشورہ نہیں ہے۔ علاج کا فیصلہ دیکھ بھال کرنے والی ٹیم، مریض یا اس کے خاندان کے ساتھ مل کر، کرتی ہے۔
about-basis-title = یہ کس چیز پر مبنی ہے
about-basis-1 = یہ گائیڈ NICE کی انٹروینشنل پروسیجرز گائیڈنس HTG775 پر مبنی ہے، جو 25 مارچ 2026 کو شائع ہوئی: “Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock”۔
about-basis-2 = NICE کہتا ہے کہ NHS میں یہ پمپ اس وقت تک استعمال کیا جا سکتا ہے جب تک مزید شواہد جمع کیے جا رہے ہیں۔ اس کا مطلب ہے کہ رضامندی لیتے وقت زیادہ احتیاط کی جاتی ہے، اور ہر مریض کے نتائج درج کیے جاتے ہیں۔
about-checked = مواد آخری بار جانچا گیا: { $date }۔
about-update = جب NICE اپنی گائیڈنس میں تبدیلی کرتا ہے یا کوئی بڑی نئی تحقیق شائع ہوتی ہے، تو ہم مواد دوبارہ جانچتے ہیں۔
about-funding = اس گائیڈ کے لیے کسی نے پیسے نہیں دیے۔ اسے لکھنے میں کوئی آلہ بنانے والی کمپنی شامل نہیں تھی۔

about-sources-title = ذرائع
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. انٹروینشنل پروسیجرز گائیڈنس HTG775، 25 مارچ 2026۔
source-nice-htg775-public = NICE. HTG775 کے بارے میں عوام کے لیے معلومات، 25 مارچ 2026۔
source-nice-htg774 = NICE. ساتھی گائیڈنس HTG774: بغل کے راستے سرجری کے ذریعے لگانا۔
source-danger = Møller JE et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024.
source-danger-bleeding = DanGer Shock میں خون بہنے کا تجزیہ۔ JACC: Cardiovascular Interventions، 2026۔
source-danger-10y = DanGer Shock کا 10 سالہ فالو اپ۔ European Society of Cardiology Congress، 2025۔
source-impress = Ouweneel DM et al. IMPRESS in Severe Shock. Journal of the American College of Cardiology, 2017.
source-isar = Seyfarth M et al. ISAR-SHOCK. Journal of the American College of Cardiology, 2008.
source-eclsshock = Thiele H et al. ECLS-SHOCK. New England Journal of Medicine, 2023.
source-iabp = Thiele H et al. IABP-SHOCK II. New England Journal of Medicine, 2012، اور 1 سال کے نتائج۔
source-scai = شاک کے مراحل کی SCAI درجہ بندی، ماہرین کی متفقہ رائے کی تازہ کاری، 2022۔
source-berg = Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-pepe = Pepe M et al. Cardiogenic shock: definitions and criteria. Shock, 2020.
source-ipdas = مریضوں کے فیصلوں میں مدد کے بین الاقوامی معیارات (IPDAS)۔
source-bran = Choosing Wisely UK۔ BRAN سوالات۔

about-privacy-title = آپ کی رازداری
about-privacy-1 = یہ گائیڈ آپ کے براؤزر میں چلتی ہے۔ یہ کسی کو کچھ نہیں بھیجتی۔ یہ نہ کوکیز استعمال کرتی ہے، نہ اینالیٹکس، اور نہ دوسری ویب سائٹس سے کوئی فونٹ یا فائلیں۔
about-privacy-2 = یہ صرف اسی آلے پر چند چیزیں یاد رکھتی ہے:
about-stored-locale = آپ کی چنی ہوئی زبان
about-stored-audience = یہ کہ آپ مریض یا گھر والے کے طور پر پڑھ رہے ہیں، یا تربیت حاصل کرنے والے طبی عملے کے طور پر
about-stored-questions = آپ کے سوالوں کی فہرست اور دیکھ بھال کرنے والی ٹیم کے لیے نوٹس
about-stored-questions-unreadable = سوالوں کی ایک محفوظ فہرست کی کاپی جو پڑھی نہیں جا سکی، اسے اس لیے رکھا گیا ہے تاکہ کچھ ضائع نہ ہو
about-privacy-3 = آپ انہیں کسی بھی وقت یہاں سے مٹا سکتے ہیں، یا اپنے براؤزر میں اس سائٹ کا ڈیٹا صاف کر کے۔

about-licence-title = لائسنس
about-licence = اس گائیڈ کا کوڈ MIT یا Apache 2.0 لائسنس کے تحت مفت استعمال کیا جا سکتا ہے۔
about-delete = اس گائیڈ کی محفوظ کی ہوئی ہر چیز مٹا دیں
about-deleted = ہو گیا۔ اس گائیڈ نے اس آلے پر جو کچھ محفوظ کیا تھا، وہ سب مٹا دیا گیا ہے۔
