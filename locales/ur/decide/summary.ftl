## Patient pages: "Prepare to decide", step 4: one page to take to the team (print on one A4 page, or copy as text).

summary-intro = یہ صفحہ وہ سب کچھ اکٹھا کرتا ہے جو آپ نے لکھا۔ آپ اسے پرنٹ کر سکتے ہیں، یا کسی پیغام میں کاپی کر سکتے ہیں۔ جب تک آپ خود شیئر کرنا نہ چنیں، کوئی چیز اس آلے سے باہر نہیں جاتی۔
summary-name-label = مریض کا نام (اختیاری)
summary-print-title = دیکھ بھال کرنے والی ٹیم کے لیے
summary-made-by = { $who ->
        [other] خاندان کے کسی فرد یا نمائندے نے لکھا۔
       *[self] مریض نے لکھا۔
    }
summary-name = مریض: { $name }
summary-matters = سب سے زیادہ اہم کیا ہے
summary-own-words = اپنے الفاظ میں
summary-person = مریض کے بارے میں
summary-worries = فکریں
summary-questions = ٹیم کے لیے سوال
summary-unsure = وہ باتیں جو دوبارہ سمجھانی ہیں
summary-notes = نوٹس
summary-nothing = ابھی کچھ نہیں لکھا گیا۔
summary-not-decided = یہ کوئی فیصلہ نہیں ہے۔ اس سے ٹیم کو یہ سمجھنے میں مدد ملتی ہے کہ کیا اہم ہے۔
summary-print = یہ صفحہ پرنٹ کریں
summary-copy = متن کے طور پر کاپی کریں
summary-copied = کاپی ہو گیا۔ اب آپ اسے کسی پیغام یا ای میل میں پیسٹ کر سکتے ہیں۔
summary-copy-failed = اس براؤزر نے گائیڈ کو کاپی کرنے نہیں دیا۔ نیچے والے خانے میں متن منتخب کریں اور خود کاپی کریں۔
summary-copy-box = آپ کا صفحہ، متن کی صورت میں
summary-delete = میں نے یہاں جو لکھا، اسے مٹا دیں
summary-delete-confirm = ان چار قدموں میں آپ نے جو کچھ لکھا، کیا وہ سب مٹا دیں؟ اسے واپس نہیں لایا جا سکتا۔ آپ کے سوالوں کی فہرست باقی رہے گی۔
summary-delete-yes = جی ہاں، مٹا دیں
summary-delete-no = نہیں، رہنے دیں
summary-deleted = مٹا دیا گیا۔ ان چار قدموں میں دیے گئے آپ کے جواب اس آلے سے ختم ہو گئے ہیں۔ آپ کے سوالوں کی فہرست ابھی بھی موجود ہے۔
summary-from = دل کے پمپ کی گائیڈ سے بنایا گیا۔ یہ تعلیم کے لیے ہے۔ یہ طبی مشورہ نہیں ہے۔
