## Patient pages: the easy-read summary of the whole decision (one idea per line, a picture beside each, large text). The numbers come from the app (placeables), never typed here.

easy-intro = This page tells you about the heart pump in a short, easy way.
easy-heart = The heart is very weak. It cannot pump enough blood around the body.
easy-shock = This is called cardiogenic shock. It is very serious. Some people die.
easy-pump = A very small pump can help the heart. Doctors put it in through a tube, usually in the leg.
easy-rest = The pump moves blood for the heart for a few days. This lets the heart rest.
easy-alive = In one study, after 6 months, { $alive-with } out of 100 people with the pump were alive. Without the pump, { $alive-without } out of 100 were alive.
easy-problems = The pump can cause problems, like bleeding. In the same study, { $harm-with } out of 100 people with the pump had a serious problem. Without the pump, { $harm-without } out of 100 did.
easy-unsure = Doctors are not sure yet how well the pump works. The study was only in some people.
easy-no = You can say no to the pump. You will still get care from the team.
easy-ask = You can ask questions. You can ask the team to say things again.
easy-family = Family can help. They can tell the team what the person would want.
easy-together = The team decides together with the patient, or talks with the family.
easy-more = Want to know more? Read the full guide.
easy-prepare = Get ready for the talk with the team
