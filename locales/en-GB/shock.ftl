## Patient page: what cardiogenic shock is.

shock-title = What is cardiogenic shock?
shock-intro = [Cardiogenic shock](cardiogenic-shock) is when the heart suddenly cannot pump enough blood for the body. It is very serious. The care team will act fast.

shock-what-title = What happens in the body
shock-what-1 = Blood carries oxygen to every part of the body. The heart pumps it round.
shock-what-2 = In shock, the heart is too weak to keep up. [Blood pressure](blood-pressure) falls. The brain, the kidneys and other [organs](organ) do not get enough blood.
shock-what-3 = A person may become confused. They may pass very little urine (wee). Blood tests show that the organs are struggling.

shock-causes-title = What causes it
shock-causes-1 = The best known cause is a [heart attack](heart-attack). A blocked blood vessel stops blood reaching part of the heart. That part of the heart stops working well.
shock-causes-2 = Shock happens in about 3 to 10 out of every 100 heart attacks.
shock-causes-3 = There are other causes too:
shock-cause-failure = a weak heart that suddenly gets worse
shock-cause-valve = a heart valve that suddenly stops working
shock-cause-rhythm = a heartbeat that goes badly wrong
shock-cause-myocarditis = a swollen, sore heart muscle, called [myocarditis](myocarditis)
shock-cause-clot = a large [blood clot](clot) in the lungs
shock-cause-poison = some poisons or an overdose
shock-cause-surgery = heart surgery

shock-danger-title = Why it is so dangerous
shock-danger-1 = When organs do not get enough blood, they can stop working. Without quick help, this can cause death.
shock-danger-2 = About 30 to 40 out of 100 people with cardiogenic shock die in hospital. That means about 60 to 70 out of 100 live to leave hospital.
shock-danger-3 = Later in this guide you will see a bigger number: 59 out of 100 died in one trial. That trial only took the sickest people whose shock came from a heart attack. It also counted deaths over 6 months, not only in hospital. The 30 to 40 out of 100 here is for all kinds of shock, mild and severe, and only counts deaths in hospital.

shock-stages-title = How serious is it? The five stages
shock-stages-intro = Doctors use five stages, from A to E, to say how bad the shock is. They are called the [SCAI stages](scai-stages).
shock-stages-numbers = The numbers show how many out of 100 people died soon after, in studies of each stage. The ranges are wide because the studies were very different.
shock-stage-letter = Stage { $letter }
shock-stage-a = At risk. The heart has a problem, but there is no shock yet.
shock-stage-b = Beginning. Blood pressure is low or the pulse is fast. The organs still get enough blood.
shock-stage-c = Classic shock. The person needs medicines or a machine to help the heart.
shock-stage-d = Getting worse. The shock is worse, even with treatment.
shock-stage-e = Extreme. The heart has stopped, or nearly stopped. The person needs CPR or a heart and lung machine.
shock-stage-numbers = Between { $low } and { $high } out of 100 died. Between { $alivelow } and { $alivehigh } were alive.

shock-treat-title = How it is treated
shock-treat-1 = The team works fast to find and treat the cause. After a heart attack, they open up the blocked blood vessel.
shock-treat-2 = Medicines can help the heart squeeze harder and keep blood pressure up. Some people need a [breathing machine](breathing-machine) or [dialysis](dialysis) for a while.
shock-treat-3 = Sometimes a machine helps the heart to pump. The [heart pump](heart-pump) in this guide is one of these machines.
shock-next = Next: what the heart pump is
