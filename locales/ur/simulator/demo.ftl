## "How the pump works": the live heart and pump simulation.

demo-title = پمپ کیسے کام کرتا ہے
demo-intro-patient = یہ دل اور پمپ کا ایک کمپیوٹر ماڈل ہے۔ کوئی صورتِ حال چنیں۔ پمپ چلائیں اور دیکھیں کہ یہ کمزور دل کی کیسے مدد کرتا ہے۔
demo-intro-clinician = دل اور دورانِ خون کا لمپڈ پیرامیٹر ماڈل (وقت کے ساتھ بدلتی ایلاسٹینس والے وینٹریکلز، ونڈکیسل نالیاں)، جس میں ایورٹک والو کے آر پار ایک مائیکرو ایکسیل پمپ لگا ہے۔ دل، حجم اور پمپ لیول بدلیں اور دیکھیں کہ دباؤ، بہاؤ اور دباؤ–حجم لوپ کیسے ردِعمل دیتے ہیں۔
demo-model-note = یہ اعداد ایک تدریسی ماڈل سے آتے ہیں، کسی حقیقی شخص سے نہیں۔ یہ عمومی طور پر دکھاتے ہیں کہ پمپ کیسے کام کرتا ہے۔ یہ نہیں بتا سکتے کہ کسی ایک مریض کے ساتھ کیا ہوگا۔

demo-controls-title = کنٹرول
demo-situation = صورتِ حال
demo-preset-healthy = صحت مند دل
demo-preset-shock = کارڈیوجینک شاک
demo-preset-deteriorating = بگڑتا ہوا شاک
demo-preset-rhf = شاک، اور دل کا دایاں حصہ کمزور
demo-preset-low-volume = شاک، اور جسم میں خون بہت کم

demo-pump-group = پمپ
demo-pump-on = پمپ چالو ہے
demo-device = پمپ کا سائز
demo-device-25 = چھوٹا پمپ (2.5 کلاس)
demo-device-cp = درمیانہ پمپ (CP کلاس)
demo-device-55 = بڑا پمپ (5.5 کلاس)
demo-device-none = کوئی پمپ نہیں
demo-device-max = یہ پمپ زیادہ سے زیادہ { $flow } لیٹر فی منٹ خون آگے بڑھا سکتا ہے (بنانے والی کمپنی کے مطابق)۔
demo-p-level = پمپ لیول (P-level)
demo-p-level-value = P-{ $level }

demo-heart-group = دل اور دورانِ خون
demo-contractility = دل کے پٹھے کی طاقت (LV Ees)
demo-heart-rate = دل کی دھڑکن کی رفتار
demo-blood-volume = خون کا حجم
demo-resistance = جسم کی خون کی نالیوں کی مزاحمت (سسٹمک ویسکولر ریزسٹنس)
demo-baroreflex = بیروریفلیکس چالو (جسم کا اپنا بلڈ پریشر کنٹرول)
demo-clamped = { $control } کو { $value } پر روک دیا گیا، جو ماڈل کی محفوظ حد ہے۔

demo-playback = پلے بیک
demo-play = چلائیں
demo-pause = روکیں
demo-speed = رفتار
demo-speed-1 = اصل رفتار
demo-speed-half = آدھی رفتار
demo-speed-quarter = چوتھائی رفتار
demo-reduced-motion = اینیمیشن رکی ہوئی ہے کیونکہ آپ کا آلہ کم حرکت کا تقاضا کرتا ہے۔ جب آپ کچھ بدلتے ہیں تو تصویر اور اعداد پھر بھی بدل جاتے ہیں۔ اسے چلانے کے لیے “چلائیں” دبائیں۔

demo-view = منظر
demo-view-patient = سادہ
demo-view-clinician = تفصیلی

control-decrease = کم: { $control }
control-increase = زیادہ: { $control }

demo-alert-suction = پمپ کو خون کم مل رہا ہے۔ دل میں اتنا خون نہیں کہ پمپ اسے کھینچ سکے۔ ایسے میں دیکھ بھال کرنے والی ٹیم دیکھتی کہ کیا مزید مائع (فلوئڈ) کی ضرورت ہے، پمپ کو تھوڑا کم کرتی اور اس کی جگہ چیک کرتی۔
demo-alert-low-pressure = بلڈ پریشر خطرناک حد تک کم ہے: اوپر والا نمبر 90 سے کم ہے۔ (شاک کے معیار: Pepe et al., Shock 2020)
demo-no-alerts = کوئی انتباہ نہیں۔

demo-picture-title = دل اور پمپ
demo-pic-aorta = شہ رگ
demo-pic-la = بایاں ایٹریم
demo-pic-lv = بایاں وینٹریکل
demo-pic-inlet = داخلی راستہ
demo-pic-outlet = خارجی راستہ
demo-pic-key = سرخ شکلیں دل میں موجود خون ہیں۔ سرمئی لکیر پمپ کی پتلی ٹیوب ہے۔ چلتی ہوئی چھوٹی لکیریں دکھاتی ہیں کہ خون پمپ میں سے گزر رہا ہے، دل کے اندر داخلی راستے سے شہ رگ میں خارجی راستے تک۔ دل کی دھڑکن کے ساتھ والو کھلتے اور بند ہوتے ہیں۔
demo-pic-description = دل کے بائیں حصے کی تصویر۔ { $pump ->
    [on] پمپ والو کے آر پار رکھا ہے اور { $flow } لیٹر فی منٹ خون آگے بڑھاتا ہے۔
   *[off] کوئی پمپ نہیں ہے۔
}

demo-summary-heart = دل خود { $native } لیٹر خون فی منٹ پمپ کر رہا ہے۔
demo-summary-pump = پمپ { $pump } لیٹر فی منٹ کا اضافہ کرتا ہے۔
demo-summary-pump-off = پمپ بند ہے۔
demo-summary-total = کل ملا کر جسم کو { $total } لیٹر فی منٹ خون ملتا ہے۔
demo-summary-healthy = مقابلے کے لیے: اس ماڈل میں صحت مند دل { $healthy } لیٹر فی منٹ پمپ کرتا ہے۔
demo-summary-pressure = بلڈ پریشر: { $sbp } بٹا { $dbp } mmHg۔

demo-charts-title = دباؤ، بہاؤ اور دل کا کام
demo-pressure-chart = وقت کے ساتھ دباؤ
demo-flow-chart = وقت کے ساتھ خون کا بہاؤ
demo-pv-chart = بائیں وینٹریکل کا دباؤ–حجم لوپ
demo-response-chart = ہر پمپ لیول اس دل پر کیا اثر ڈالتا ہے
demo-axis-time = وقت (s)
demo-axis-pressure = دباؤ (mmHg)
demo-axis-flow = بہاؤ (L/min)
demo-axis-volume = LV حجم (ml)
demo-axis-p-level = P-level
demo-series-aortic = شہ رگ
demo-series-lv = بایاں وینٹریکل
demo-series-la = بایاں ایٹریم
demo-series-native = دل کا اپنا آؤٹ پٹ
demo-series-pump = پمپ
demo-series-total = کل
demo-series-loop = یہ دل، اس وقت
demo-series-healthy = صحت مند دل
demo-series-snapshot = محفوظ کیا گیا اسنیپ شاٹ
demo-response-total = کل آؤٹ پٹ (L/min)
demo-response-map = اوسط دباؤ (mmHg)
demo-response-lvedp = بھرنے کا دباؤ LVEDP (mmHg)
demo-response-cpo = کارڈیک پاور (W)
demo-response-table = ہر پمپ لیول کا جدول
demo-response-computing = پمپ لیولز کا حساب لگایا جا رہا ہے: { $total } میں سے { $done } مکمل۔
demo-pv-explain = ہر دھڑکن ایک لوپ بناتی ہے: دل بھرتا ہے (نیچے)، سکڑتا ہے (دایاں حصہ)، خون باہر دھکیلتا ہے (اوپر) اور ڈھیلا ہوتا ہے (بایاں حصہ)۔ جو لوپ زیادہ بائیں طرف ہو اس کا مطلب ہے کہ دل کم کھنچا ہوا ہے۔ چھوٹے لوپ کا مطلب ہے کم کام۔

demo-table-last-beat = آخری دھڑکن
demo-table-measure = پیمائش
demo-table-value = قدر
demo-table-level = لیول
demo-m-sbp = اوپر والا دباؤ (سسٹولک)، mmHg
demo-m-dbp = نیچے والا دباؤ (ڈائسٹولک)، mmHg
demo-m-map = اوسط شریانی دباؤ، mmHg
demo-m-hr = دل کی دھڑکن کی رفتار، دھڑکنیں فی منٹ
demo-m-native = دل کا اپنا آؤٹ پٹ، L/min
demo-m-pump = پمپ کا بہاؤ، L/min
demo-m-total = کل آؤٹ پٹ، L/min
demo-m-ci = کارڈیک انڈیکس (جسم کی سطح { $bsa } m²)، L/min/m²
demo-m-sv = اسٹروک والیوم، ml
demo-m-lvedp = LV اینڈ ڈائسٹولک دباؤ، mmHg
demo-m-lvedv = LV اینڈ ڈائسٹولک حجم، ml
demo-m-lvesv = LV اینڈ سسٹولک حجم، ml
demo-m-ef = اجیکشن فریکشن، %
demo-m-lvpeak = LV کا سب سے زیادہ دباؤ، mmHg
demo-m-pcwp = بائیں ایٹریم (ویج) کا دباؤ، mmHg
demo-m-cvp = سینٹرل وینس پریشر، mmHg
demo-m-sw = اسٹروک ورک، J
demo-m-pva = دباؤ–حجم ایریا، J
demo-m-cpo = کارڈیک پاور آؤٹ پٹ، W
demo-m-av-open = شہ رگ کا والو کھلا
demo-m-suction = سکشن
demo-yes = ہاں
demo-no = نہیں

demo-console-title = کنسول کیا دکھاتا
demo-c-level = P-level
demo-c-speed = موٹر کی رفتار، rpm
demo-c-flow = پمپ کا بہاؤ (کم از کم–زیادہ سے زیادہ)، L/min
demo-c-placement = پلیسمنٹ سگنل (زیادہ سے زیادہ/کم از کم)، mmHg
demo-c-waveform = پلیسمنٹ ویوفارم
demo-c-current = موٹر کرنٹ (زیادہ سے زیادہ/کم از کم)، mA
demo-c-pulsatile = موٹر کرنٹ پلسیٹائل
demo-wave-aortic = ایورٹک
demo-wave-ventricular = وینٹریکولر
demo-wave-unknown = جگہ معلوم نہیں
demo-metrics-title = آخری دھڑکن کی تمام پیمائشیں

demo-compare-title = موازنہ
demo-compare-help = ایک اسنیپ شاٹ محفوظ کریں، مثلاً پمپ کے بغیر شاک، پھر کچھ بدلیں اور موازنہ کریں۔
demo-compare-freeze = اسنیپ شاٹ محفوظ کریں
demo-compare-clear = اسنیپ شاٹ مٹائیں
demo-compare-snapshot = اسنیپ شاٹ
demo-compare-now = اب
demo-compare-saved = اسنیپ شاٹ محفوظ ہو گیا: { $situation }، { $pump }۔
demo-compare-pump-off = پمپ بند
demo-compare-pump-on = { $device }، P-{ $level } پر
