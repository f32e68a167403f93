## Patient pages: "Prepare to decide", the start page and the parts every step shares.

decide-intro = This part of the guide helps you get ready to talk with the care team. It does not tell you what to choose. There is no right or wrong choice here.
decide-intro-2 = It has four short steps. You can do them in any order, and stop at any time.
decide-who-title = Who is deciding?
decide-who-self = I am the patient
decide-who-other = I am helping to decide for someone else
decide-who-help = The words on the next pages change to fit you.
decide-who-other-note = The team will ask you what the person would want. The team makes the medical decision, unless you hold a Lasting Power of Attorney for health. The law says how these decisions are made. Read more on the page for families.
decide-steps-title = The four steps
decide-step-check-help = Eight short questions about the key facts. It is not a test.
decide-step-values-help = { $who ->
        [other] Say what matters to the person, in your own words.
       *[self] Say what matters to you, in your own words.
    }
decide-step-meeting-help = What to tell the team, how you feel, and what to ask.
decide-step-summary-help = Everything you wrote, on one page to print or copy.
decide-step-done = Started
decide-step-nav = Steps
decide-step-of = Step { $n } of { $total }
decide-privacy = What you write stays on this device only. Nobody else can see it unless you show them. You can delete it on the last step, or on the About page.
decide-unreadable = Something you saved before could not be read. It has been kept aside, and you can start again. You can see the old copy here.
decide-unreadable-show = Show what was saved before
decide-not-saved = This browser is not saving your answers. They will be lost if you close the page. You can still print or copy them on the last step.
decide-next = Next step: { $step }