## Patient pages: "Prepare to decide", step 4: one page to take to the team (print on one A4 page, or copy as text).

summary-intro = This page puts together what you wrote. You can print it, or copy it into a message. Nothing leaves this device unless you choose to share it.
summary-name-label = Name of the patient (optional)
summary-print-title = For the care team
summary-made-by = { $who ->
        [other] Written by a family member or representative.
       *[self] Written by the patient.
    }
summary-name = Patient: { $name }
summary-matters = What matters most
summary-own-words = In their own words
summary-person = About the person
summary-worries = Worries
summary-questions = Questions for the team
summary-unsure = Things to explain again
summary-notes = Notes
summary-nothing = Nothing written yet.
summary-not-decided = This is not a decision. It helps the team understand what matters.
summary-print = Print this page
summary-copy = Copy as text
summary-copied = Copied. You can now paste it into a message or an email.
summary-copy-failed = This browser did not let the guide copy. Select the text in the box below and copy it yourself.
summary-copy-box = Your page as text
summary-delete = Delete what I wrote here
summary-delete-confirm = Delete everything you wrote in these four steps? This cannot be undone. Your question list is kept.
summary-delete-yes = Yes, delete it
summary-delete-no = No, keep it
summary-deleted = Deleted. Your answers in these four steps are gone from this device. Your question list is kept.
summary-from = Made with Heart Pump Guide. It is for education. It is not medical advice.
