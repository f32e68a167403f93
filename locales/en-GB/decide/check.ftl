## Patient pages: "Prepare to decide", step 1: check what you understood. The numbers come from the app (placeables), never typed here.

check-intro = These questions check the key facts. It is not a test, and there is no score. Each answer says why, and where to read more.
check-question = Question { $n } of { $total }
check-unsure = I am not sure
check-submit = Check my answer
check-choose-first = Choose an answer first, then check it.
check-right = Yes, that is right.
check-not-quite = Not quite.
check-unsure-reply = That is fine. Many people are not sure. Here is the answer.
check-answer-is = The answer is: { $answer }
check-read-more = Read more:
check-ask-title = Things to ask the team about
check-ask-intro = You were not sure about these, or your answer was different. The team can explain them. They will be on your one page for the team.
check-ask-none = You have answered every question. If anything is still not clear, ask the team.
check-ask-unanswered = { $count ->
        [one] { $count } question not answered yet.
       *[other] { $count } questions not answered yet.
    }
check-again = Clear my answers

check-q1 = What does the pump do?
check-q1-a = It helps the heart move blood around the body, so the heart can rest.
check-q1-a-why = The pump takes blood from inside the heart and pushes it into the main artery. This does some of the heart’s work, so the heart can rest.
check-q1-b = It mends the damaged heart muscle.
check-q1-b-why = The pump cannot mend the heart. It gives the heart a rest, so it may get better by itself.
check-q1-c = It opens the blocked artery.
check-q1-c-why = A different treatment opens a blocked artery. The pump helps the heart to pump.
check-q1-ask = { $who ->
        [other] What will the pump do for the person I am deciding for?
       *[self] What will the pump do for me?
    }

check-q2 = Is the pump a cure?
check-q2-a = Yes. The heart is mended once the pump comes out.
check-q2-a-why = The pump does not mend the heart. Some hearts get better while the pump helps, and some do not.
check-q2-b = Yes, if it stays in for long enough.
check-q2-b-why = This pump is for a short time only. It usually stays in for a few days.
check-q2-c = No. It helps the heart for a few days, and the heart may get better in that time.
check-q2-c-why = The pump is a short-term help. The heart may get better while it rests, or it may not.
check-q2-ask = What happens if the heart does not get better?

check-q3 = In one trial, people had shock after a heart attack. How many out of 100 had died 6 months later?
check-q3-a = About the same number with and without the pump.
check-q3-a-why = In this trial, fewer people died with the pump.
check-q3-b = { $with } out of 100 with the pump, and { $without } out of 100 without it.
check-q3-b-why = So { $alive-with } out of 100 with the pump were alive after 6 months, and { $alive-without } out of 100 without it. The trial only took some people with this kind of shock.
check-q3-c = Nobody died with the pump.
check-q3-c-why = The pump helped some people. But many people with shock still died, with or without the pump.
check-q3-ask = { $who ->
        [other] Do the trial’s numbers fit the person I am deciding for?
       *[self] Do the trial’s numbers fit me?
    }

check-q4 = In the same trial, how many out of 100 had a serious problem linked to a device, like bleeding or poor blood flow to a leg, within 6 months?
check-q4-a = Fewer people with the pump than without it.
check-q4-a-why = Serious problems were more common with the pump, not less.
check-q4-b = None. The pump causes no problems.
check-q4-b-why = The pump can cause serious problems. This is a real risk.
check-q4-c = { $with } out of 100 with the pump, and { $without } out of 100 without it.
check-q4-c-why = Serious problems were more common with the pump. These numbers are from the same trial, over 6 months.
check-q4-ask = What problems could the pump cause, and what would you do about them?

check-q5 = In the same trial, how many out of 100 needed kidney dialysis within 6 months? Dialysis is a machine that does the work of the kidneys.
check-q5-a = { $with } out of 100 with the pump, and { $without } out of 100 without it.
check-q5-a-why = More people needed dialysis with the pump. These numbers are from the same trial, over 6 months.
check-q5-b = Fewer people with the pump than without it.
check-q5-b-why = More people needed dialysis with the pump, not fewer.
check-q5-c = Nobody needed dialysis.
check-q5-c-why = In this trial, many people needed dialysis, with or without the pump.
check-q5-ask = How likely is dialysis, and for how long might it be needed?

check-q6 = What happens if the pump is not used?
check-q6-a = All other care stops.
check-q6-a-why = Saying no to the pump never means saying no to care.
check-q6-b = The team keeps caring for the patient with other treatments.
check-q6-b-why = This is called usual care. It can mean medicines, opening the blocked artery, a breathing machine, or other machines to support the heart.
check-q6-c = The patient has to leave hospital.
check-q6-c-why = The patient stays in hospital, and the team keeps caring for them.
check-q6-ask = What would you do if the pump is not used?

check-q7 = How sure are the experts about this pump?
check-q7-a = They are sure it helps everyone.
check-q7-a-why = There is not enough evidence to be sure. The trial’s results may not fit everyone.
check-q7-b = They are sure it does not help.
check-q7-b-why = One trial found fewer deaths with the pump. But the evidence is still not certain.
check-q7-c = They are not sure yet. NICE says it may be used while more evidence is collected.
check-q7-c-why = There is one good trial, but it only took some people. In the NHS, the results of every patient who has the pump are recorded, to learn more.
check-q7-ask = How sure are you that the pump would help here?

check-q8 = Do the trial’s numbers fit everyone with shock?
check-q8-a = No. The trial only took some people with shock after a heart attack.
check-q8-a-why = For example, it did not take people who were in a coma after their heart stopped. It did not cover shock from other causes. In one hospital’s records, only about { $fit } in 10 people with this kind of shock would have fitted the trial.
check-q8-b = Yes, they fit everyone.
check-q8-b-why = The trial had strict rules about who could take part. So its numbers may not fit everyone.
check-q8-c = Yes, if the person is very ill.
check-q8-c-why = Being very ill is not enough. The trial only took some people, with strict rules.
check-q8-ask = { $who ->
        [other] How is the person I am deciding for different from the people in the trial?
       *[self] How am I different from the people in the trial?
    }
