## Short source labels shown beside numbers. Full references are on the About page.

cite-danger = DanGer Shock, NEJM 2024
cite-danger-bleeding = DanGer bleeding analysis, JACC Interv 2026
cite-danger-10y = DanGer 10-year, ESC 2025
cite-danger-fit = روزمرہ علاج کے لیے اندازہ، جو DanGer Shock کے ساتھ بیان کیا گیا
cite-berg = Berg اور دیگر، Curr Opin Crit Care 2021
cite-scai = SCAI 2022
cite-stroke-review = جائزہ، doi 10.1055/a-2697-3309
cite-maker = بنانے والی کمپنی کی معلومات
cite-label = ماخذ
cite-ecls = ECLS-SHOCK, NEJM 2023
cite-iabp = IABP-SHOCK II
cite-impress = IMPRESS, JACC 2017
cite-isar = ISAR-SHOCK, JACC 2008
cite-shock-trial = SHOCK ٹرائل
cite-pics = Circulation 2025
cite-nice = NICE HTG775, 2026
