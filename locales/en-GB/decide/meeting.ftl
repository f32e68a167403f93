## Patient pages: "Prepare to decide", step 3: preparing for the meeting with the team. It never recommends a choice.

meeting-intro = { $who ->
        [other] The team will want to hear about the person. They will also explain the choices. This page helps you get ready.
       *[self] The team will explain the choices. They also want to hear from you. This page helps you get ready.
    }
meeting-person-title = { $who ->
        [other] What to tell the team about the person
       *[self] What to tell the team about you
    }
meeting-person-help = { $who ->
        [other] Think about their life, what they love, and what they have said before about being very ill or about machines. Have they written down their wishes, or chosen someone to decide for them?
       *[self] Think about your life, what you love, and what you have said before about being very ill or about machines. Have you written down your wishes, or chosen someone to decide for you?
    }
meeting-person-label = { $who ->
        [other] About the person (optional)
       *[self] About me (optional)
    }
meeting-feelings-title = How you feel
meeting-feelings-1 = It is normal to feel scared, angry, numb or guilty. Many families ask: “What if we stop, and it was too soon?” or “What if we go on, and it only makes things harder?”
meeting-feelings-2 = You can say these things to the team. They hear them often. If a treatment is no longer helping, stopping it is accepted, and it is usually decided together with the family.
meeting-feelings-label = What worries me (optional)
meeting-ask-title = Questions to ask
meeting-ask-help = These are the questions you chose on the page “My questions”.
meeting-ask-none = You have not chosen any questions yet.
meeting-ask-edit = Choose or write questions
meeting-trial-title = Trying for a set time
meeting-trial-1 = Sometimes a treatment is tried for a set time. You can ask the team about this. For example:
meeting-trial-q1 = Could we try the pump for a set time, and then talk again?
meeting-trial-q2 = What would tell us that it is helping, or that it is not?
meeting-trial-q3 = If it is not helping, what would happen next?
meeting-trial-add = Add these to my questions
meeting-trial-added = Added to your questions.
meeting-law-title = Who decides
meeting-law-1 = In England and Wales, if the patient cannot decide, the team makes the decision in the person’s best interests, after talking with the family.
meeting-law-2 = If the person gave someone a Lasting Power of Attorney for health and welfare, that person can decide. If there is nobody to ask, an independent advocate may help.
meeting-law-3 = The family is asked about the person. The family does not make the medical decision, unless someone in it holds a Lasting Power of Attorney for health.
meeting-notes-label = Notes for the meeting (optional)
