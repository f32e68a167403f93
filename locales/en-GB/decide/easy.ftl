## Patient pages: the easy-read summary of the whole decision (one idea per line, a picture beside each, large text). The numbers come from the app (placeables), never typed here.

easy-intro = This page tells you about the heart pump in a short, easy way.
easy-heart = The heart is very weak. It cannot pump enough blood around the body.
easy-shock = This is called cardiogenic shock. It is very serious.
easy-pump = A very small pump can help the heart. Doctors put it in through a tube, usually at the top of the leg.
easy-rest = The pump moves blood for the heart for a few days. This lets the heart rest.
easy-study = One study looked at people whose shock came from a heart attack. It counted what happened after 6 months.
easy-alive = With the pump, { $died-with } out of 100 people died and { $alive-with } were alive. Without the pump, { $died-without } out of 100 died and { $alive-without } were alive.
easy-problems = The pump can cause problems, like bleeding. With the pump, { $harm-with } out of 100 people had a serious problem. Without the pump, { $harm-without } out of 100 did.
easy-dialysis = With the pump, { $dialysis-with } out of 100 people needed a kidney machine (dialysis). Without the pump, { $dialysis-without } out of 100 did.
easy-unsure = Doctors are not sure yet how well the pump works. The study was only in some people. The numbers may not fit you. Ask the team.
easy-no = You can say no to the pump. You will still get care. The team can open the blocked artery, give medicines, and use a breathing machine or other machines.
easy-comfort = Some people choose care that keeps them comfortable, without more machines.
easy-ask = You can ask questions. You can ask the team to say things again.
easy-family = Family can help. They can tell the team what the person would want.
easy-together = If the patient cannot decide, the team decides what is best for them, after talking with the family. A person with a Lasting Power of Attorney for health can decide for them.
easy-pictures = See these numbers as pictures of 100 people
easy-more = Want to know more? Read the full guide.
easy-prepare = Get ready for the talk with the team
