## Patient page: other choices, and what happens without the pump.

options-title = Other choices, and what happens without the pump
options-intro = The pump is one choice. It is not right for everyone. Here are the other choices, with numbers out of 100 people where we have them. Your care team will explain which ones could fit.
options-no-numbers = We do not have trial numbers out of 100 for this choice.

options-usual-title = Usual care (no microaxial pump)
options-usual-1 = Everyone with shock gets usual care. After a heart attack, the team opens the blocked blood vessel as fast as they can.
options-usual-2 = Medicines help the heart squeeze harder and keep the [blood pressure](blood-pressure) up. Some people need a [breathing machine](breathing-machine) or [dialysis](dialysis) for a while.
options-usual-3 = In the DanGer Shock trial, 59 out of 100 people who had usual care (no microaxial pump) died within 6 months. 41 out of 100 were alive. These were very sick people whose shock came from a heart attack.
options-usual-why = This is more than the 30 to 40 out of 100 on the shock page. That number is for all kinds of shock, mild and severe, and only counts deaths in hospital.
options-usual-fit = In one hospital’s records, only about 3 in 10 people with this kind of shock would have fitted that trial. Even they did less well than the people in the trial.
options-usual-machines = Usual care can include other support machines. In the trial, 20 out of 100 people with usual care were given another machine, mostly ECMO. So were 14 out of 100 people with the pump.
options-usual-link = See the full numbers for the pump and for usual care

options-no-title = If you say no to the pump
options-no-1 = Saying no to the pump does not mean saying no to care. You, or your family member, will still have usual care.
options-no-2 = Doctors do not have to offer the pump. You can ask why it is, or is not, being offered.

options-iabp-title = A balloon pump
options-iabp-1 = A [balloon pump](balloon-pump) is a long, thin balloon that sits in the aorta. It fills and empties with each heartbeat. It gives the heart less help than the heart pump in this guide.
options-iabp-death-title = Balloon pump: alive after 30 days
options-iabp-death-summary = In a large trial of people with shock after a heart attack, about the same number died with or without a balloon pump. After 1 year it was also about the same: 52 out of 100 died with it, and 51 out of 100 without.
options-iabp-death-yes = { $count } out of 100 died within 30 days.
options-iabp-death-no = { $count } out of 100 were alive after 30 days.
options-with-iabp = With a balloon pump
options-usual-only = Usual care (no microaxial pump)

options-versus-title = The heart pump compared with a balloon pump
options-versus-summary = A small trial looked at 48 very sick people on a breathing machine. About the same number died with each kind of pump. The trial was too small to be sure.
options-with-pump = With the heart pump
options-versus-isar = Another small trial, of 26 people, used an older, smaller heart pump. 46 out of 100 died within 30 days with either kind of pump.

options-ecmo-title = ECMO, a heart and lung machine
options-ecmo-1 = [ECMO](ecmo) takes blood out of the body through a tube. A machine adds oxygen and pumps it back. It can do the work of both the heart and the lungs.
options-ecmo-death-title = ECMO: alive after 30 days
options-ecmo-death-summary = In a large trial of people with shock after a heart attack, about the same number died with or without ECMO.
options-ecmo-death-yes = { $count } out of 100 died within 30 days.
options-ecmo-death-no = { $count } out of 100 were alive after 30 days.
options-ecmo-bleeding-title = ECMO: bleeding
options-ecmo-bleeding-summary = More people had serious [bleeding](bleeding) with ECMO.
options-ecmo-bleeding-yes = { $count } out of 100 had serious bleeding.
options-ecmo-bleeding-no = { $count } out of 100 did not.
options-ecmo-vessel-title = ECMO: problems with blood vessels
options-ecmo-vessel-summary = More people had problems with the blood vessels where the tubes went in, such as the leg’s blood supply.
options-ecmo-vessel-yes = { $count } out of 100 had a blood vessel problem.
options-ecmo-vessel-no = { $count } out of 100 did not.
options-ecmo-stroke = Across many studies, about 6 to 7 out of 100 people on ECMO had a [stroke](stroke). For the heart pump in this guide it was about 1 to 4 out of 100. But these numbers come from different studies of different people. So this is not a fair comparison. In the trials of the heart pump, strokes were about as common with or without it.
options-with-ecmo = With ECMO

options-bigger-title = A larger pump, put in by surgery
options-bigger-1 = Larger pumps of the same kind can move more blood. A surgeon puts them in through a small cut near the armpit. They can stay in for longer than the smaller pumps.

options-long-title = A long-term pump or a heart transplant
options-long-1 = If the heart does not get better, some people may be able to have a pump that stays in for good, called an [LVAD](lvad). Others may be able to have a [heart transplant](transplant).
options-long-2 = These are big operations. Not everyone can have them. The short-term pump can help keep a person well enough while the team decides.

options-comfort-title = Care that focuses on comfort
options-comfort-1 = Sometimes treatments are unlikely to help, or a person would not want them. Then the team can focus on comfort instead. This is called [palliative care](palliative-care).
options-comfort-2 = The aim is to ease pain, breathlessness and worry, and to give the person and their family time together. This is a real choice, not giving up. The team will talk it through with you.
options-next = Next: life on the pump, and after
