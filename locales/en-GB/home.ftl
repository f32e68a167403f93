## Start page.

home-title = Heart Pump Guide
home-intro-1 = Cardiogenic shock is when the heart suddenly cannot pump enough blood for the body.
home-intro-2 = A heart pump is a very small pump on the end of a thin tube. Doctors put it into the heart through a blood vessel, usually in the groin.
home-intro-3 = The pump moves blood for the heart for a few days, so the heart can rest and maybe recover.

home-choose-title = Who is reading?
home-choose-help = Choose one. It changes what the guide shows first. You can change it at any time.
audience-choose-patient = I am a patient or family member
audience-choose-clinician = I am a clinician in training
home-chosen = You are reading as: { $audience }.

home-covers-title = What this guide covers
home-covers-patient-1 = What cardiogenic shock is, and why it is so serious.
home-covers-patient-2 = What the heart pump does, and what it cannot do.
home-covers-patient-3 = How the pump is put in, step by step.
home-covers-patient-4 = The possible benefits and risks, in numbers out of 100 people.
home-covers-patient-5 = Other choices, and what happens without the pump.
home-covers-patient-6 = Questions you may want to ask your care team.
home-covers-patient-7 = Help to get ready for the decision: check what you understood, say what matters, and prepare for the meeting.
home-easy-read = Easy read: the heart pump in short, with pictures
home-covers-clinician-1 = A live heart, circulation and pump simulation: pressures, flows and pressure–volume loops.
home-covers-clinician-2 = How pump speed, heart function and blood volume change unloading.
home-covers-clinician-3 = Console set-up and positioning practice.
home-covers-clinician-4 = Alarm scenarios with feedback: suction, wrong position, purge problems and haemolysis.
home-covers-clinician-5 = The evidence and its limits, with sources.

home-disclaimer-title = Please read
home-disclaimer-1 = This guide is for learning. It is not medical advice.
home-disclaimer-2 = Your care team knows you. They decide with you, or with your family, what is best.
home-disclaimer-3 = Nothing you do here leaves this device. There is no account and no tracking.
home-basis = Based on NICE guidance HTG775 (25 March 2026).
home-about-link = Read about this guide and its sources
