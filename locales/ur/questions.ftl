## Patient page: the reader's own list of questions for the care team.

questions-title = میرے سوال
questions-intro = جو سوال آپ اپنی دیکھ بھال کرنے والی ٹیم سے پوچھنا چاہتے ہیں ان پر نشان لگائیں۔ اپنے سوال شامل کریں۔ نوٹس لکھیں۔ پھر اپنی فہرست پرنٹ کریں، یا کاپی کر لیں۔
questions-privacy = آپ کی فہرست صرف اسی براؤزر میں، اسی آلے پر محفوظ ہوتی ہے۔ یہ کہیں نہیں بھیجی جاتی۔ آپ اسے کسی بھی وقت مٹا سکتے ہیں۔

questions-nice-title = NICE کے تجویز کردہ سوال
questions-nice-1 = بعد میں مجھے کتنی بار چیک اپ کے لیے آنا ہوگا؟
questions-nice-2 = پمپ سے کیا فائدہ ہو سکتا ہے؟ اس کا کتنا امکان ہے؟
questions-nice-3 = کیا غلط ہو سکتا ہے، اور اس کے کیا مضر اثرات ہو سکتے ہیں؟ ان کا کتنا امکان ہے؟
questions-nice-4 = مجھے کتنے عرصے ہسپتال میں رہنا ہوگا؟
questions-nice-5 = اگر پمپ کام نہ کرے، یا کچھ غلط ہو جائے، تو کیا ہوگا؟
questions-nice-6 = اگر میں پمپ سے انکار کروں تو کیا ہوگا؟
questions-nice-7 = کیا میرے لیے کوئی اور علاج بھی موجود ہیں؟

questions-bran-title = کسی بھی فیصلے کے لیے چار سوال (BRAN)
questions-bran-help = B، R، A اور N کا مطلب ہے Benefits (فائدے)، Risks (خطرات)، Alternatives (متبادل) اور Nothing (کچھ نہ کرنا)۔
questions-bran-b = فائدے: اس سے میری کیا مدد ہو سکتی ہے؟
questions-bran-r = خطرات: میرے لیے اس کے کیا خطرات ہیں؟
questions-bran-a = متبادل: ہم اور کیا کر سکتے ہیں؟
questions-bran-n = کچھ نہ کرنا: اگر ہم کچھ نہ کریں، یا انتظار کریں، تو کیا ہوگا؟

questions-device-title = اس پمپ کے بارے میں سوال
questions-device-1 = کیا میری حالت ٹرائل والے لوگوں جیسی ہے؟ کیا یہ اعداد مجھ پر لاگو ہوتے ہیں؟
questions-device-2 = یہ ہسپتال یہ پمپ کتنی بار لگاتا ہے؟
questions-device-3 = یہ ران کے جوڑ سے لگایا جائے گا یا بغل کے قریب سے؟ کیوں؟
questions-device-4 = پمپ کتنی دیر لگا رہے گا؟ آپ یہ کیسے طے کریں گے کہ اسے کب نکالنا ہے؟
questions-device-5 = اگر میرا دل بہتر نہ ہو تو کیا ہوگا؟
questions-device-6 = رجسٹری میں کیا درج ہوگا، اور اسے کون دیکھے گا؟
questions-device-7 = کیا میرے گھر والے میرے ساتھ رہ سکتے ہیں، اور وہ کس سے بات کر سکتے ہیں؟

questions-own-title = آپ کے اپنے سوال
questions-own-label = ایک سوال لکھیں
questions-own-add = یہ سوال شامل کریں
questions-own-remove = ہٹائیں
questions-own-remove-label = یہ سوال ہٹائیں: { $text }

questions-notes-title = نوٹس
questions-notes-label = آپ کے نوٹس، مثلاً عملے کے نام، یا آپ کو دیے گئے جواب

questions-chosen = { $count ->
    [0] آپ نے ابھی کوئی سوال نہیں چنا۔
    [one] آپ نے 1 سوال چنا ہے۔
   *[other] آپ نے { $count } سوال چنے ہیں۔
}

questions-actions-title = اپنی فہرست پرنٹ کریں، کاپی کریں یا مٹائیں
questions-print = میری فہرست پرنٹ کریں
questions-copy = متن کے طور پر کاپی کریں
questions-copied = کاپی ہو گئی۔ اب آپ اپنی فہرست کسی پیغام یا ای میل میں پیسٹ کر سکتے ہیں۔
questions-copy-failed = اس براؤزر نے گائیڈ کو کاپی کرنے نہیں دیا۔ نیچے والے خانے میں متن منتخب کریں اور خود کاپی کریں۔
questions-copy-box = آپ کی فہرست، متن کی صورت میں
questions-delete = میری فہرست مٹا دیں
questions-deleted = آپ کی فہرست اس آلے سے مٹا دی گئی ہے۔
questions-not-saved = یہ براؤزر گائیڈ کو کچھ محفوظ کرنے نہیں دے رہا۔ صفحہ بند کرنے پر آپ کی فہرست ضائع ہو جائے گی، اس لیے پہلے اسے پرنٹ یا کاپی کر لیں۔

questions-unreadable = ہم اس آلے پر محفوظ فہرست نہیں پڑھ سکے، اس لیے ہم نے نئی فہرست شروع کر دی۔ ہم نے پرانی کاپی اسی براؤزر میں رکھ لی ہے، تاکہ کچھ ضائع نہ ہو۔
questions-unreadable-show = پرانی محفوظ کاپی دکھائیں

questions-print-title = دیکھ بھال کرنے والی ٹیم کے لیے میرے سوال
questions-print-notes = میرے نوٹس
questions-print-empty = کوئی سوال نہیں چنا گیا۔
