## Patient page: life on the pump, and after.

after-title = Life on the pump, and after
after-intro = This page is about the days on the pump, taking it out, and getting better. Everyone is different. Your team can tell you what to expect.

after-icu-title = In intensive care
after-icu-1 = People on the pump are cared for in [intensive care](intensive-care). There are many machines, tubes and wires. A nurse is always close by.
after-icu-2 = Many people are kept asleep with medicine, on a [breathing machine](breathing-machine). They cannot take part in decisions for a while. Then the family often helps the team decide.
after-icu-3 = You may hear alarms from the [console](console) and other machines. This is normal. An alarm asks the team to check something.

after-still-title = Lying still, with the leg straight
after-still-1 = The tube must not move. So the person lies fairly flat, with the head of the bed kept low.
after-still-2 = The leg with the tube is kept straight, sometimes with a brace. Nurses check the groin and the pulse in the foot often.
after-still-3 = A [blood thinner](blood-thinner) stops clots on the pump. It also makes [bleeding](bleeding) more likely, so the team watches for it.

after-long-title = How long it stays in
after-long-1 = Usually a few days. The team who ran the DanGer Shock trial say people often had the pump for about 3 days.
after-long-2 = The makers say the usual pump can be used for up to 4 days in shock. Larger pumps put in near the armpit can stay in for longer.
after-stay-title = How long will I stay in hospital?
after-stay-1 = Most people need [intensive care](intensive-care) for a week or two, and some for longer. After that, most go to a normal ward, then home.
after-stay-2 = In the DanGer Shock trial, fewer people with the pump left intensive care in the first 3 days: 15 out of 100, against 29 out of 100 with usual care (no microaxial pump).

after-out-title = Taking the pump out
after-out-1 = When the heart is stronger, the team turns the pump down bit by bit. This is called [weaning](weaning). They check that the heart can cope at each step.
after-out-2 = Then they take the pump out. Someone presses firmly on the groin until the bleeding stops. This often takes 20 to 40 minutes. Or a small device closes the hole.
after-out-3 = After that, the groin is watched for bleeding or swelling. Tell a nurse straight away if the groin bleeds or swells, or if the leg feels different.

after-home-title = Going home, and check-ups
after-home-1 = After intensive care, the next step is often a normal ward, then home. How long this takes depends on how the heart and other organs recover.
after-home-2 = You will have regular check-up appointments afterwards. They check how well the pump worked and if it caused problems. Your details go into a [registry](registry), as NICE asks.

after-recover-title = Getting better
after-recover-1 = Getting better after intensive care takes time. Some people have problems with memory, feel weak, feel anxious, or feel low. This is called [post-intensive care syndrome](pics). Help is there for it. Ask your GP or the team.
after-recover-2 = Many people who survive do well. The SHOCK trial treated 302 people in the 1990s. About half of them were alive a year later. Of those who were alive, 87 out of 100 had few or no limits from their heart in daily life. This number is only about the people who survived.

after-fail-title = If the pump does not work
after-fail-1 = Sometimes the heart does not get better. Then the team will talk with you and your family about what comes next.
after-fail-2 = They may add more support, such as [ECMO](ecmo) or a larger pump. They may plan for a long-term pump ([LVAD](lvad)) or a [heart transplant](transplant), if these could work.
after-fail-3 = Another choice is to stop treatments that are no longer helping, and to focus on comfort. This is an accepted choice in medicine. It is usually decided together with the family.
after-next = Next: for families and representatives
