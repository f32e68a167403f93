## Patient page: what the pump is and does, and what it cannot do.

pump-title = What the heart pump is
pump-intro = The [heart pump](heart-pump) is tiny. It sits near the end of a thin, bendy tube called a [catheter](catheter). It goes in through a blood vessel, so the chest does not need to be opened.

pump-where-title = Where it sits
pump-where-1 = The main pumping part of the heart is the [left ventricle](left-ventricle). It pushes blood out into the [aorta](aorta). The aorta is the body’s main blood vessel.
pump-where-2 = The pump lies across the [aortic valve](aortic-valve), the door between the two. Its tip is inside the heart. Its other end is in the aorta.

pump-does-title = What it does
pump-does-1 = Blood goes in at the tip, inside the heart. The pump pushes it out into the aorta, just above the valve.
pump-does-2 = This does some of the heart’s work. The heart can rest, and it may get better. The pump also helps keep blood flowing to the organs.
pump-does-3 = Sometimes the pump helps while a person waits for a new heart (a [heart transplant](transplant)) or a pump that stays in for good.
pump-does-4 = A [console](console) beside the bed runs the pump. It sets the speed. It checks that the pump works and is in the right place.
pump-flow = The smaller pump that goes in through the groin can move up to 2.5 litres of blood a minute. The larger one can move up to 4.3 litres a minute, its maker says. The amount depends on the model and on the speed the team sets.

pump-cannot-title = What it cannot do
pump-cannot-1 = It only helps the left side of the heart. The right side pumps blood to the lungs. If the right side is also very weak, this pump is not enough on its own.
pump-cannot-2 = It does not fix the cause. The team still needs to treat the heart attack or other problem.
pump-cannot-3 = It is only for a short time, usually a few days.
pump-cannot-4 = It is not safe for everyone. For example, it may not be used with some valve problems, a blood clot inside the heart, or very narrow leg arteries.

pump-nice-title = What NICE says
pump-nice-1 = NICE gives advice to the NHS about treatments. NICE says it is not yet sure how well this pump works or how safe it is.
pump-nice-2 = So the NHS can use it only while more evidence is collected. Your details, and how you get on, go into a [registry](registry). You will have check-up appointments afterwards.
pump-nice-3 = Only hospitals that can open blocked heart vessels in an emergency, with [intensive care](intensive-care) on site, should use it. Specially trained staff put it in. Doctors do not have to offer it.
pump-signpost-title = More information and support
pump-signpost-intro = NICE suggests these websites. Each link opens in a new tab and takes you out of this guide.
pump-signpost-nhs-complications = NHS website: complications of a heart attack
pump-signpost-nhs-hospitals = NHS website: NHS hospital services
pump-signpost-nhs-referrals = NHS website: referrals for specialist care
pump-signpost-nice-procedures = NICE: what its advice on procedures like this one means
pump-signpost-nice-recommendations = NICE: the kinds of advice it gives, for patients and carers
pump-signpost-healthwatch = Healthwatch: find your local Healthwatch for support
pump-signpost-leaves = (opens a new tab and leaves this guide)
pump-signpost-not-ours = These websites are not part of this guide. Their owners are responsible for what they say.
pump-next = Next: how the pump is put in
pump-picture = Drawing: the pump lies across the valve. Blood goes in at the tip, inside the heart, and comes out in the aorta.
pump-see-demo = See it work: a live model of a weak heart with and without the pump
