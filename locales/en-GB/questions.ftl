## Patient page: the reader's own list of questions for the care team.

questions-title = My questions
questions-intro = Tick the questions you want to ask your care team. Add your own questions. Write notes. Then print your list, or copy it.
questions-privacy = Your list is saved only in this browser, on this device. It is not sent anywhere. You can delete it at any time.

questions-nice-title = Questions NICE suggests
questions-nice-1 = How many check-up appointments will I need afterwards?
questions-nice-2 = What good could the pump do? How likely is that?
questions-nice-3 = What could go wrong, and what side effects could there be? How likely are they?
questions-nice-4 = How long will I stay in hospital?
questions-nice-5 = What happens if the pump does not work, or if something goes wrong?
questions-nice-6 = What happens if I say no to the pump?
questions-nice-7 = Are there other treatments I could have?

questions-bran-title = Four questions for any choice (BRAN)
questions-bran-help = B, R, A and N stand for Benefits, Risks, Alternatives and Nothing.
questions-bran-b = Benefits: how could this help me?
questions-bran-r = Risks: what are the risks for me?
questions-bran-a = Alternatives: what else could we do?
questions-bran-n = Nothing: what happens if we do nothing, or wait?

questions-device-title = Questions about this pump
questions-device-1 = Am I like the people in the trial? Do the numbers fit me?
questions-device-2 = How often does this hospital put in this pump?
questions-device-3 = Will it go in through the groin or near the armpit? Why?
questions-device-4 = How long will the pump stay in? How will you decide when to take it out?
questions-device-5 = What happens if my heart does not get better?
questions-device-6 = What will go into the registry, and who will see it?
questions-device-7 = Can my family be with me, and who can they talk to?

questions-own-title = Your own questions
questions-own-label = Write a question
questions-own-add = Add this question
questions-own-remove = Remove
questions-own-remove-label = Remove the question: { $text }

questions-notes-title = Notes
questions-notes-label = Your notes, for example names of staff, or answers you were given

questions-chosen = { $count ->
    [0] You have not chosen any questions yet.
    [one] You have chosen 1 question.
   *[other] You have chosen { $count } questions.
}

questions-actions-title = Print, copy or delete your list
questions-print = Print my list
questions-copy = Copy as text
questions-copied = Copied. You can now paste your list into a message or an email.
questions-copy-failed = This browser did not let the guide copy. Select the text in the box below and copy it yourself.
questions-copy-box = Your list as text
questions-delete = Delete my list
questions-deleted = Your list has been deleted from this device.
questions-not-saved = This browser is not letting the guide save. Your list will be lost when you close the page, so print or copy it first.

questions-unreadable = We could not read the list saved on this device, so we started a new one. We kept the old copy in this browser, so nothing is lost.
questions-unreadable-show = Show the old saved copy

questions-print-title = My questions for the care team
questions-print-notes = My notes
questions-print-empty = No questions chosen.
