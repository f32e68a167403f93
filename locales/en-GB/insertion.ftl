## Patient page: how the pump is put in, one step per screen.

insertion-title = How the pump is put in
insertion-intro = This shows what usually happens, one step at a time. We say “you”, but it may be your family member who has the pump. Each hospital does things a little differently. Your team can tell you what they will do.

insertion-1-title = Getting ready
insertion-1-body = It usually happens in the [cath lab](cath-lab). This is a room with X-ray machines for heart tests and treatments.
insertion-1-feel = You, or your family member, will have a [general anaesthetic](general-anaesthetic), so you are fully asleep. Or you will have [sedation](sedation), which makes you calm and sleepy, and numbing medicine in the skin. Many people in shock are already asleep, on a [breathing machine](breathing-machine). If you are awake, tell the team if anything hurts.
insertion-1-alt = A person lying asleep on a table, with a drip and a heart monitor.

insertion-2-title = Into the blood vessel in the groin
insertion-2-body = The doctor puts a needle into the large blood vessel at the top of the leg. This is the [femoral artery](femoral-artery).
insertion-2-feel = A short, hollow tube called a [sheath](sheath) goes in. It works like a doorway into the blood vessel. The team also gives a [blood thinner](blood-thinner) to stop clots.
insertion-2-alt = The outline of a body. A circle marks the groin, where a short tube goes into the leg’s blood vessel.

insertion-3-title = Up to the heart
insertion-3-body = The pump, on its thin tube, goes in through the sheath. The doctor guides it up the [aorta](aorta) towards the heart.
insertion-3-feel = [X-ray](x-ray) pictures on a screen show the doctor where it is at every moment.
insertion-3-alt = The outline of a body. The tube runs from the groin up the main blood vessel towards the heart.

insertion-4-title = Across the valve
insertion-4-body = The [aortic valve](aortic-valve) is a door between the heart and the aorta. The doctor gently moves the pump through it.
insertion-4-feel = The tip of the pump now sits inside the [left ventricle](left-ventricle), the main pumping part of the heart.
insertion-4-alt = A close-up of the heart. The pump passes through the valve into the main pumping part.

insertion-5-title = Checking the place
insertion-5-body = The pump must sit in just the right place. Blood must go in at the tip, inside the heart. It must come out above the valve.
insertion-5-feel = The team checks this with X-ray or an [echo](echo) scan. The console also shows signs of where the pump is.
insertion-5-alt = A close-up of the heart with an X-ray camera above it. Two circles mark where blood goes in and where it comes out.

insertion-6-title = The console starts the pump
insertion-6-body = The tube is joined to a [console](console), a machine beside the bed. The pump starts slowly, then speeds up.
insertion-6-feel = The console shows how much blood the pump moves. It sounds an alarm if something needs checking. Alarms are normal to hear, and the team knows what to do.
insertion-6-alt = A close-up of the heart with the pump in place, arrows showing the blood flow, and a console with a screen.

insertion-7-title = Afterwards, in intensive care
insertion-7-body = You, or your family member, will be cared for in [intensive care](intensive-care). The pump usually stays in for a few days.
insertion-7-feel = You need to lie fairly flat, with the leg kept straight, so the tube stays in place. Nurses check the groin and the pulse in your foot often.
insertion-7-alt = A person lying in a hospital bed with a straight leg, next to a heart monitor, with a nurse beside them.

insertion-8-title = If the armpit is used instead
insertion-8-body = Sometimes the leg vessels are too narrow, or a larger pump is needed. Then a surgeon makes a cut near the armpit. They sew a short tube onto the blood vessel there, the [axillary artery](axillary-artery). The pump goes in through this tube.
insertion-8-feel = This is an operation by a surgeon, done with an anaesthetic. Larger pumps put in this way can stay in for longer. NICE gives separate advice on this route.
insertion-8-alt = The outline of a body. A circle marks the area near the armpit, where the tube goes in and runs down to the heart.

insertion-next = Next: benefits and risks in numbers
