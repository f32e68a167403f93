## Patient page: benefits and risks in numbers out of 100, with icon arrays.

risks-title = Benefits and risks, in numbers
risks-intro-1 = Most of these numbers come from one trial, called DanGer Shock. It looked at 355 adults whose shock was caused by a heart attack.
risks-intro-2 = 179 people had the pump as well as usual care. 176 people had usual care only. The numbers below are out of 100 people in each group.

risks-who-title = Who the numbers are about
risks-who-1 = The trial only took some people with shock. It left out people who stayed unconscious after their heart had stopped. It also left out people with a very weak right side of the heart, and people with some valve or leg vessel problems. The hospitals had a lot of experience with the pump.
risks-who-2 = Only about 3 in 10 people with this kind of shock in everyday care would have fitted the trial. So the numbers may not fit you or your family member. Ask the team how they apply.

risks-read-title = How to read the pictures
risks-read-1 = Each picture shows 100 people. Each small figure is one person.
risks-legend-yes = A filled-in figure: this happened to the person.
risks-legend-no = An outline figure: this did not happen.

risks-with = With the pump
risks-without = Without the pump (usual care only)
risks-on-pump = People on this kind of pump
risks-picture = { $group }: a picture of 100 people. { $yes } { $no }

risks-death-title = Staying alive for 6 months
risks-death-summary = More people were alive after 6 months with the pump.
risks-death-yes = { $count } out of 100 died within 6 months.
risks-death-no = { $count } out of 100 were alive after 6 months.

risks-harm-title = Serious problems from the treatment
risks-harm-summary = More people had a serious problem with the pump. These included [bleeding](bleeding), a blocked blood supply to the leg, damage to red blood cells, a pump that stopped working, and a leaking heart valve.
risks-harm-yes = { $count } out of 100 had a serious problem.
risks-harm-no = { $count } out of 100 did not.

risks-dialysis-title = Needing kidney dialysis
risks-dialysis-summary = More people needed [dialysis](dialysis) with the pump. Dialysis is a machine that does the work of the kidneys.
risks-dialysis-yes = { $count } out of 100 needed dialysis.
risks-dialysis-no = { $count } out of 100 did not.

risks-bleeding-title = Major bleeding
risks-bleeding-summary = More people had major [bleeding](bleeding) with the pump. About half of these bleeds happened after the pump was taken out.
risks-bleeding-yes = { $count } out of 100 had major bleeding.
risks-bleeding-no = { $count } out of 100 did not.

risks-stroke-title = Stroke
risks-stroke-summary = Between 1 and 4 out of 100 people on this kind of pump had a [stroke](stroke). This comes from a review of many studies, not from the trial. There is no fair number to compare it with, so there is only one picture. It shows 4, the higher number.
risks-stroke-yes = { $count } out of 100 had a stroke.
risks-stroke-no = { $count } out of 100 did not.

risks-long-title = After 10 years
risks-long-summary = The trial team looked again after 10 years. This look was not planned at the start, so it is less certain.
risks-long-yes = { $count } out of 100 had died by 10 years.
risks-long-no = { $count } out of 100 were alive at 10 years.

risks-sure-title = How sure can we be?
risks-sure-1 = Not very sure yet. Most numbers come from one trial. In other people, or in other hospitals, the results could be better or worse.
risks-sure-2 = The benefit on staying alive could be large, or it could be quite small. The harms are clearer: more bleeding, more dialysis and more problems with the leg and blood.
risks-sure-3 = Every person is different. Your team can say how the numbers fit you or your family member.

risks-nice-title = What NICE says about the evidence
risks-nice-1 = NICE says the evidence is uncertain. It is not yet sure how well the pump works or how safe it is.
risks-nice-2 = So the NHS can use it only while more evidence is collected. The team must explain this to you and your family before you agree. This is sometimes called enhanced consent.
risks-nice-3 = Details of everyone who has the pump go into a [registry](registry). This is a record that helps doctors learn how well it works and how safe it is.
risks-nice-4 = You will have regular check-up appointments afterwards. They check how well the pump worked and if it caused any problems.
risks-nice-5 = NICE may change its advice when more is known.
risks-next = Next: make a list of your questions
