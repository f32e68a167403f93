## About this guide, its sources and privacy.

about-title = اس گائیڈ اور اس کے ذرائع کے بارے میں
about-what-title = یہ گائیڈ کیا ہے
about-what-1 = دل کے پمپ کی گائیڈ ایک ایسے دل کے پمپ کے بارے میں بتاتی ہے جو برطانیہ میں کارڈیوجینک شاک کے لیے استعمال ہوتا ہے۔ یہ مریضوں، ان کے خاندانوں اور تربیت حاصل کرنے والے طبی عملے کے لیے ہے۔
about-what-2 = یہ صرف تعلیم کے لیے ہے۔ یہ طبی مشورہ نہیں ہے۔ علاج کا فیصلہ دیکھ بھال کرنے والی ٹیم، مریض یا اس کے خاندان کے ساتھ مل کر، کرتی ہے۔
about-basis-title = یہ کس چیز پر مبنی ہے
about-basis-1 = یہ گائیڈ NICE کی انٹروینشنل پروسیجرز گائیڈنس HTG775 پر مبنی ہے، جو 25 مارچ 2026 کو شائع ہوئی: “Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock”۔
about-basis-2 = NICE کہتا ہے کہ NHS میں یہ پمپ اس وقت تک استعمال کیا جا سکتا ہے جب تک مزید شواہد جمع کیے جا رہے ہیں۔ اس کا مطلب ہے کہ رضامندی لیتے وقت زیادہ احتیاط کی جاتی ہے، اور ہر مریض کے نتائج درج کیے جاتے ہیں۔
about-basis-3 = یہ گائیڈ اعداد اور انتخاب جس طرح دکھاتی ہے، وہ فیصلوں میں مدد کے بین الاقوامی معیارات کے مطابق ہے۔
about-checked = مواد { $date } کو جانچا گیا۔
about-update = جب NICE اپنی گائیڈنس میں تبدیلی کرتا ہے یا کوئی بڑی نئی تحقیق شائع ہوتی ہے، تو ہم مواد دوبارہ جانچتے ہیں۔
about-next-review = اگلا جائزہ { $date } تک۔ اگر یہ تاریخ گزر چکی ہو، تو ہو سکتا ہے گائیڈ پرانی ہو چکی ہو: اپنی دیکھ بھال کرنے والی ٹیم سے پوچھیں۔
about-funding = اس گائیڈ کے لیے کسی نے پیسے نہیں دیے۔ اسے لکھنے میں کوئی آلہ بنانے والی کمپنی شامل نہیں تھی۔

about-sources-title = ذرائع
source-nice-htg775 = NICE. Percutaneous insertion of a catheter-based left ventricular microaxial flow pump for cardiogenic shock. انٹروینشنل پروسیجرز گائیڈنس HTG775، 25 مارچ 2026۔
source-nice-htg775-public = NICE. HTG775 کے بارے میں عوام کے لیے معلومات، 25 مارچ 2026۔
source-nice-htg774 = NICE. Surgical insertion of a catheter-based left ventricular microaxial flow pump through the armpit for cardiogenic shock. انٹروینشنل پروسیجرز گائیڈنس HTG774، 2026۔
source-danger = ٹرائل کی مرکزی رپورٹ۔ Møller JE, Engstrøm T, Jensen LO, et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock (DanGer Shock). New England Journal of Medicine, 2024;390:1382–1393. doi 10.1056/NEJMoa2312572.
source-danger-bleeding = DanGer Shock کے محققین۔ Bleeding with a microaxial flow pump in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. JACC: Cardiovascular Interventions, 2026;19(3):302–312. doi 10.1016/j.jcin.2025.10.051.
source-danger-10y = Møller JE et al. DanGer Shock ٹرائل کا طویل مدتی فالو اپ، 10 سال تک (غیر منصوبہ بند تجزیہ)۔ New England Journal of Medicine, 2025، مراسلہ (ایک خط)؛ European Society of Cardiology Congress 2025 میں پیش کیا گیا۔
source-danger-esc = DanGer Shock کے محققین۔ European Society of Cardiology Congress، 2025 میں ایک لیکچر (لوگوں کو عام طور پر کتنی دیر پمپ لگا رہا: تقریباً 72 گھنٹے؛ یہ شائع شدہ میڈین نہیں ہے)۔
source-danger-icu = DanGer Shock کے محققین۔ Predicting fast recovery in infarct-related cardiogenic shock: an analysis of the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (غیر منصوبہ بند، بعد میں کیا گیا post-hoc تجزیہ)۔
source-danger-escalation = Schrage B et al. Escalation to other temporary mechanical circulatory support in the DanGer Shock trial. European Heart Journal: Acute Cardiovascular Care, 2025 (غیر منصوبہ بند، بعد میں کیا گیا post-hoc تجزیہ)۔
source-planka = Planka RM et al. آسٹریا کے ایک مرکز کے ریکارڈ میں (721 لوگ، 2019–2024) کارڈیوجینک شاک والے کتنے لوگ DanGer Shock کی شرائط پر پورے اترتے تھے، اور ان کا حال کیسا رہا۔ Catheterization and Cardiovascular Interventions, 2025. doi 10.1002/ccd.70239.
source-impress = ایک چھوٹا ٹرائل۔ Ouweneel DM, Eriksen E, Sjauw KD, et al. Percutaneous mechanical circulatory support versus intra-aortic balloon pump in cardiogenic shock after acute myocardial infarction (IMPRESS in Severe Shock). Journal of the American College of Cardiology, 2017;69(3):278–287. doi 10.1016/j.jacc.2016.10.022.
source-isar = ایک چھوٹا ٹرائل۔ Seyfarth M, Sibbing D, Bauer I, et al. A randomized clinical trial to evaluate the safety and efficacy of a percutaneous left ventricular assist device versus intra-aortic balloon pumping for treatment of cardiogenic shock caused by myocardial infarction (ISAR-SHOCK). Journal of the American College of Cardiology, 2008;52(19):1584–1588. doi 10.1016/j.jacc.2008.05.065.
source-eclsshock = ٹرائل کی مرکزی رپورٹ۔ Thiele H, Zeymer U, Akin I, et al. Extracorporeal life support in infarct-related cardiogenic shock (ECLS-SHOCK). New England Journal of Medicine, 2023;389:1286–1297. doi 10.1056/NEJMoa2307227.
source-support-levels = اس بارے میں دو جائزے کہ مدد کی ہر مشین کتنا خون آگے بڑھا سکتی ہے۔ Atti V et al., Heart International, 2022;16(1):37–48, جدول 3۔ Jiritano F et al., Cardiac Failure Review, 2020;6:e01, جدول 2۔
source-iabp = Thiele H, Zeymer U, Neumann FJ, et al. Intraaortic balloon support for myocardial infarction with cardiogenic shock (IABP-SHOCK II). New England Journal of Medicine, 2012;367:1287–1296. doi 10.1056/NEJMoa1208410. 1 سال کے نتائج: The Lancet, 2013.
source-scai = Naidu SS, Baran DA, Jentzer JC, et al. SCAI SHOCK stage classification expert consensus update: a review and incorporation of validation studies. Journal of the American College of Cardiology, 2022;79(9):933–946. ہر مرحلے کی اموات کے اعداد ان تحقیقات کے ایک جائزہ جدول سے لیے گئے ہیں جنہوں نے ان مراحل کو پرکھا (validation studies) (PMC11198174)۔
source-berg = ایک جائزہ۔ Berg DD, Bohula EA, Morrow DA. Epidemiology and causes of cardiogenic shock. Current Opinion in Critical Care, 2021.
source-stroke-review = کارڈیوجینک شاک میں دورانِ خون کی عارضی مشینی مدد کے ساتھ فالج کا جائزہ۔ Thieme, 2025. doi 10.1055/a-2697-3309.
source-shock-trial = Sleeper LA, Ramanathan K, Picard MH, et al. Functional status and quality of life after emergency revascularization for cardiogenic shock complicating acute myocardial infarction (SHOCK ٹرائل). Journal of the American College of Cardiology, 2005;46(2):266–273.
source-pics = شاک کے بعد کی زندگی کا جائزہ۔ Hall SA et al. Survivorship after cardiogenic shock. Circulation, 2025. doi 10.1161/CIRCULATIONAHA.124.068203.
source-maker = Abiomed (بنانے والی کمپنی)۔ Impella 2.5 اور Impella CP کی استعمال کی ہدایات اور Automated Impella Controller کا آپریٹنگ مینوئل (ہر P-لیول پر فلو، پمپ کتنی دیر لگا رہ سکتا ہے)، اور اس کی کلوژر گائیڈنس، جو Burzotta F et al., International Journal of Cardiology, 2015;201:684–691 کا حوالہ دیتی ہے۔
source-pepe = اس بات کا جائزہ کہ شاک کی تعریف کیسے کی جاتی ہے۔ Pepe M, Bortone AS, Giordano A, et al. Cardiogenic shock following acute myocardial infarction: what’s new? Shock, 2020;53(4):391–399. doi 10.1097/SHK.0000000000001377.
source-ipdas = فیصلوں میں مدد کے معیارات۔ Elwyn G, O’Connor A, Stacey D, et al. Developing a quality criteria framework for patient decision aids: online international Delphi consensus process (International Patient Decision Aid Standards, IPDAS). BMJ, 2006;333:417.
source-bran = کسی بھی انتخاب کے بارے میں پوچھنے کے لیے سوالات۔ Choosing Wisely UK۔ BRAN: Benefits, Risks, Alternatives, and what if I do Nothing? (فائدے، خطرات، متبادل، اور اگر میں کچھ نہ کروں تو کیا ہوگا؟)
source-mca = Mental Capacity Act 2005 (ذہنی صلاحیت کا قانون)، انگلینڈ اور ویلز، اور اس کا Code of Practice (ضابطۂ عمل)۔

about-privacy-title = آپ کی رازداری
about-privacy-1 = یہ گائیڈ آپ کے براؤزر میں چلتی ہے۔ یہ کسی کو کچھ نہیں بھیجتی۔ یہ نہ کوکیز استعمال کرتی ہے، نہ اینالیٹکس، اور نہ دوسری ویب سائٹس سے کوئی فونٹ یا فائلیں۔
about-privacy-2 = یہ صرف اسی آلے پر چند چیزیں یاد رکھتی ہے:
about-stored-locale = آپ کی چنی ہوئی زبان
about-stored-audience = یہ کہ آپ مریض یا گھر والے کے طور پر پڑھ رہے ہیں، یا تربیت حاصل کرنے والے طبی عملے کے طور پر
about-stored-questions = آپ کے سوالوں کی فہرست اور دیکھ بھال کرنے والی ٹیم کے لیے نوٹس
about-stored-questions-unreadable = سوالوں کی ایک محفوظ فہرست کی کاپی جو پڑھی نہیں جا سکی، اسے اس لیے رکھا گیا ہے تاکہ کچھ ضائع نہ ہو
about-stored-decide = “فیصلے کی تیاری” میں آپ کے جواب: سوال، کیا اہم ہے، اور ملاقات کے لیے آپ کے نوٹس
about-stored-decide-unreadable = “فیصلے کی تیاری” کے محفوظ جوابوں کی ایک کاپی جو پڑھی نہیں جا سکی، اسے اس لیے رکھا گیا ہے تاکہ کچھ ضائع نہ ہو
about-privacy-3 = آپ انہیں کسی بھی وقت یہاں سے مٹا سکتے ہیں، یا اپنے براؤزر میں اس سائٹ کا ڈیٹا صاف کر کے۔

about-licence-title = لائسنس
about-licence = اس گائیڈ کا کوڈ MIT یا Apache 2.0 لائسنس کے تحت مفت استعمال کیا جا سکتا ہے۔
about-delete = اس گائیڈ کی محفوظ کی ہوئی ہر چیز مٹا دیں
about-deleted = ہو گیا۔ اس گائیڈ نے اس آلے پر جو کچھ محفوظ کیا تھا، وہ سب مٹا دیا گیا ہے۔

about-stored-progress = پریکٹس روم میں آپ کے اسکور، مکمل کی گئی مشقیں، اور منظرنامے کی ہر کوشش کا ریکارڈ:
about-stored-progress-unreadable = مشق کے وہ ریکارڈ جو پڑھے نہیں جا سکے، الگ محفوظ رکھے گئے ہیں تاکہ ضائع نہ ہوں:
