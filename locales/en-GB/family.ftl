## Patient page: for families and representatives.

family-title = For families and representatives
family-intro = This page is for you if someone close to you is very ill with shock. The team may ask you what the person would want.

family-cannot-title = When the patient cannot decide
family-cannot-1 = Many people with shock are kept asleep with medicine, or are on a [breathing machine](breathing-machine). They cannot talk, or cannot think clearly enough, to make choices. This is called not having [capacity](capacity) to decide.
family-cannot-2 = Then the team makes the decision in the person’s [best interests](best-interests), after talking with the family. If the person gave someone a [Lasting Power of Attorney](lpa) for health, that person can decide. If there is no family or friend to ask, an [IMCA](imca) may help. This is someone who speaks up for the person.
family-cannot-3 = In an emergency, the team may need to act fast, before they can talk to you. They will explain what they did as soon as they can.

family-ask-title = What the team will ask you
family-ask-1 = The team will not ask you to make medical choices alone. They will ask you about the person.
family-ask-item-1 = What matters most to them in life.
family-ask-item-2 = What they have said about serious illness, or about machines keeping them alive.
family-ask-item-3 = If they have written down their wishes, or chosen someone to decide for them.
family-ask-item-4 = What they would say now, if they could speak for themselves.
family-ask-2 = It is fine not to know all the answers. Tell them what you do know.

family-how-title = How decisions are made
family-how-1 = The team must act in the person’s [best interests](best-interests). This means what is best for that person, based on their health, their wishes and their values.
family-how-2 = The team explains the choices: what could help, what could go wrong, and what happens without the pump. NICE says they must explain that the evidence about the pump is still uncertain.
family-how-3 = You can ask for time, for things to be said again, or for someone to explain in your own language. You can ask for a family meeting with the doctors.
family-how-4 = Decisions can change. If things get better or worse, the team will talk with you again.

family-faq-title = Questions families often ask
family-faq-1-q = Can I visit and stay with them?
family-faq-1-a = Ask the nurse in charge about visiting. Ask if you can talk to the person and hold their hand, and what is safe to touch.
family-faq-2-q = Can they hear me?
family-faq-2-a = We do not know for sure. Some families choose to talk to the person as normal.
family-faq-3-q = Will they remember this?
family-faq-3-a = Everyone is different. Ask the team what to expect. Some families keep a short diary of each day, to share later if the person wants it.
family-faq-4-q = What if I say something the person would not have wanted?
family-faq-4-a = You are not deciding alone. The team makes the final medical choices, with your help. Doing your best for the person is all anyone can ask.
family-faq-5-q = Who can I talk to?
family-faq-5-a = Ask the nurse for the name of the doctor in charge. Ask if the hospital has a chaplain or a support team. Your local Healthwatch can also give support.

family-self-title = Look after yourself too
family-self-1 = This is very hard. Try to eat, drink and rest when you can. Let others help you. Write your questions down, so you do not forget them.
family-next = Make a list of your questions
