## Patient page: benefits and risks in numbers out of 100, with icon arrays.

risks-title = Benefits and risks, in numbers
risks-intro-1 = Most of these numbers come from one trial, called DanGer Shock. It looked at 355 adults whose shock was caused by a major heart attack, called a STEMI. About 8 in 10 of them were men.
risks-intro-2 = 179 people had the pump as well as usual care. 176 people had usual care (no microaxial pump). The numbers below are out of 100 people in each group.
risks-usual-machines = Usual care can still include other support machines. In the trial, 20 out of 100 people with usual care were given another machine, mostly ECMO. So were 14 out of 100 people with the pump.

risks-who-title = Who the numbers are about
risks-who-1 = The trial only took some people with shock. It left out people who stayed unconscious after their heart had stopped. It also left out people with a very weak right side of the heart, a tear inside the heart caused by the heart attack, or some valve or leg vessel problems. The hospitals had a lot of experience with the pump.
risks-who-2 = In one hospital’s records, only about 3 in 10 people with this kind of shock would have fitted the trial. Even they did less well than the people in the trial. So the numbers may not fit you or your family member. Ask the team how they apply.
risks-who-3 = The trial only looked at shock caused by a heart attack. Its numbers do not tell us about shock from other causes, such as heart failure, a swollen heart muscle or heart surgery.

risks-read-title = How to read the pictures
risks-read-1 = Each picture shows 100 people. Each small figure is one person.
risks-tradeoff-title = The trade-off in one line
risks-tradeoff = In short, for 100 people like those in the trial, over 6 months: with the pump, 46 died, against 59 with usual care. But 24 had a serious problem from the treatment, against 6. 42 needed dialysis, against 27. And over about 4 months, 26 had major bleeding, against 15.
risks-legend-yes = A filled-in figure: this happened to the person.
risks-legend-no = An outline figure: this did not happen.

risks-with = With the pump
risks-without = Usual care (no microaxial pump)
risks-on-pump = People on this kind of pump
risks-picture = { $group }: a picture of 100 people. { $yes } { $no }

risks-death-title = Staying alive for 6 months
risks-death-summary = More people were alive after 6 months with the pump.
risks-death-yes = { $count } out of 100 died within 6 months.
risks-death-no = { $count } out of 100 were alive after 6 months.

risks-harm-title = Serious problems from the treatment
risks-harm-summary = More people had a serious problem with the pump. These included [bleeding](bleeding), a blocked blood supply to the leg, damage to red blood cells, a pump that stopped working, and a leaking heart valve. This count used a stricter meaning of bleeding than the major bleeding count below. So the two numbers measure different things. Do not add them together.
risks-harm-yes = { $count } out of 100 had a serious problem.
risks-harm-no = { $count } out of 100 did not.

risks-dialysis-title = Needing kidney dialysis
risks-dialysis-summary = More people needed [dialysis](dialysis) with the pump. Dialysis is a machine that does the work of the kidneys.
risks-dialysis-yes = { $count } out of 100 needed dialysis.
risks-dialysis-no = { $count } out of 100 did not.

risks-bleeding-title = Major bleeding
risks-bleeding-summary = More people had major [bleeding](bleeding) with the pump. This comes from a later look at the same trial, over about 4 months. It used a wider meaning of bleeding than the serious problems above. About half of these bleeds happened after the pump, or another support machine, was taken out.
risks-bleeding-yes = { $count } out of 100 had major bleeding.
risks-bleeding-no = { $count } out of 100 did not.

risks-stroke-title = Stroke
risks-stroke-summary = Between 1 and 4 out of 100 people on this kind of pump had a [stroke](stroke). This comes from a review of many studies, not from one trial. In the trials that compared the pump with usual care, strokes were about as common with or without the pump. The picture shows 4, the higher number.
risks-stroke-yes = { $count } out of 100 had a stroke.
risks-stroke-no = { $count } out of 100 did not.

risks-long-title = A longer look, of up to 10 years

risks-sure-title = How sure can we be?
risks-sure-1 = Not very sure yet. Most numbers come from one trial. In other people, or in other hospitals, the results could be better or worse.
risks-sure-2 = The benefit on staying alive could be large, or it could be quite small. The harms are clearer: more bleeding, more dialysis and more problems with the leg and blood.
risks-sure-3 = Every person is different. Your team can say how the numbers fit you or your family member.
risks-long-1 = The trial team later looked again at 343 of the 355 people, for up to 10 years. Most people were followed for less time than that. This look was not planned at the start. It was published as a letter, not a full report. So it is less certain than the 6-month result.
risks-long-2 = In this longer look, 53 out of 100 people with the pump had died, and 69 out of 100 with usual care (no microaxial pump).

risks-nice-title = What NICE says about the evidence
risks-nice-1 = NICE says the evidence is uncertain. It is not yet sure how well the pump works or how safe it is.
risks-nice-2 = So the NHS can use it only while more evidence is collected. The team must explain this to you and your family before you agree. This is sometimes called enhanced consent.
risks-nice-3 = Details of everyone who has the pump go into a [registry](registry). This is a record that helps doctors learn how well it works and how safe it is.
risks-nice-4 = You will have regular check-up appointments afterwards. They check how well the pump worked and if it caused any problems.
risks-nice-5 = NICE may change its advice when more is known.
risks-next = Next: make a list of your questions
