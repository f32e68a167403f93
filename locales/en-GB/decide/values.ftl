## Patient pages: "Prepare to decide", step 2: what matters most. Every statement has two forms: the patient's own ($who = self) and a family member's about the patient ($who = other).

values-intro = { $who ->
        [other] Think about what the person would say matters most, if they could speak for themselves. It is about them, not about what you want.
       *[self] Think about what matters most to you. There are no right or wrong answers.
    }
values-intro-2 = You can change your answers at any time. Nothing here decides for you. It helps the team understand.
values-scale-title = { $who ->
        [other] Which is closer to what the person would want?
       *[self] Which is closer to what you want?
    }
values-pole-more = Do everything that might help to live longer, even with machines and risks.
values-pole-comfort = Focus on comfort and time with family, without more machines.
values-scale-1 = Much closer to: do everything that might help
values-scale-2 = A little closer to: do everything that might help
values-scale-3 = Both matter the same
values-scale-4 = A little closer to: focus on comfort
values-scale-5 = Much closer to: focus on comfort
values-statements-title = { $who ->
        [other] Would the person agree?
       *[self] Do you agree?
    }
values-statements-help = For each sentence, choose agree, not sure, or disagree.
values-agree = Agree
values-unsure = Not sure
values-disagree = Disagree
values-s-awake = { $who ->
        [other] Being awake and able to talk with family would matter a lot to them.
       *[self] Being awake and able to talk with my family matters a lot to me.
    }
values-s-dialysis = { $who ->
        [other] They would want to avoid kidney dialysis if they could.
       *[self] I would want to avoid kidney dialysis if I could.
    }
values-s-trial = { $who ->
        [other] They would want to try a treatment for a set time, and stop if it is not helping.
       *[self] I would want to try a treatment for a set time, and stop if it is not helping.
    }
values-s-risk = { $who ->
        [other] They would accept a higher risk of bleeding for a better chance to live.
       *[self] I would accept a higher risk of bleeding for a better chance to live.
    }
values-s-independent = { $who ->
        [other] Being able to live on their own again would matter a lot to them.
       *[self] Being able to live on my own again matters a lot to me.
    }
values-own-title = In your own words
values-own-label = { $who ->
        [other] What else would the person say matters? (optional)
       *[self] What else matters to you? (optional)
    }