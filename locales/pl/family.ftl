## Strona dla pacjentów: dla rodzin i przedstawicieli pacjenta.

family-title = Dla rodzin i przedstawicieli pacjenta
family-intro = Ta strona jest dla Ciebie, jeśli ktoś bliski jest bardzo ciężko chory z powodu wstrząsu. Zespół może Cię zapytać, czego chciałaby ta osoba.

family-cannot-title = Gdy pacjent nie może sam decydować
family-cannot-1 = Wiele osób we wstrząsie jest uśpionych lekami albo podłączonych do [respiratora](breathing-machine). Nie mogą mówić albo nie myślą na tyle jasno, żeby dokonywać wyborów. Nazywa się to brakiem [zdolności do podejmowania decyzji](capacity).
family-cannot-2 = Wtedy zespół podejmuje decyzję zgodnie z [dobrem tej osoby](best-interests), po rozmowie z rodziną. Jeśli pacjent udzielił komuś [trwałego pełnomocnictwa](lpa) (Lasting Power of Attorney) w sprawach zdrowia, to ta osoba może decydować. Jeśli nie ma nikogo z rodziny ani przyjaciół, kogo można zapytać, może pomóc [IMCA](imca). To ktoś, kto zabiera głos w imieniu pacjenta.
family-cannot-3 = W nagłej sytuacji zespół może musieć działać szybko, zanim zdąży z Tobą porozmawiać. Wyjaśni, co zrobił, tak szybko, jak to będzie możliwe.

family-ask-title = O co zapyta Cię zespół
family-ask-1 = Zespół nie będzie oczekiwać, że w pojedynkę podejmiesz decyzje medyczne. Zapyta Cię o tę osobę:
family-ask-item-1 = Co jest dla niej w życiu najważniejsze.
family-ask-item-2 = Co mówiła o ciężkiej chorobie albo o podtrzymywaniu życia przez maszyny.
family-ask-item-3 = Czy spisała swoje życzenia albo wybrała kogoś, kto ma decydować za nią.
family-ask-item-4 = Co powiedziałaby teraz, gdyby mogła mówić sama za siebie.
family-ask-2 = To nic złego, jeśli nie znasz wszystkich odpowiedzi. Powiedz to, co wiesz.

family-how-title = Jak podejmuje się decyzje
family-how-1 = Zespół musi działać dla [dobra tej osoby](best-interests). Oznacza to wybór tego, co jest dla niej najlepsze, z uwzględnieniem jej zdrowia, życzeń i wartości.
family-how-2 = Zespół wyjaśnia możliwości: co może pomóc, co może pójść źle i co się stanie bez pompy. Według NICE zespół musi wyjaśnić, że dane naukowe o pompie są wciąż niepewne.
family-how-3 = Możesz poprosić o czas do namysłu, o powtórzenie informacji albo o wyjaśnienie w Twoim języku. Możesz poprosić o spotkanie rodziny z lekarzami.
family-how-4 = Decyzje mogą się zmieniać. Jeśli stan chorego się poprawi albo pogorszy, zespół znowu z Tobą porozmawia.

family-faq-title = Pytania, które często zadają rodziny
family-faq-1-q = Czy mogę odwiedzać bliską osobę i przy niej zostać?
family-faq-1-a = Zapytaj o odwiedziny pielęgniarkę kierującą dyżurem. Zapytaj, czy możesz mówić do bliskiej osoby i trzymać ją za rękę oraz czego można bezpiecznie dotykać.
family-faq-2-q = Czy bliska osoba mnie słyszy?
family-faq-2-a = Nie wiemy tego na pewno. Niektóre rodziny decydują się mówić do bliskiej osoby tak jak zwykle.
family-faq-3-q = Czy bliska osoba będzie to pamiętać?
family-faq-3-a = Każdy jest inny. Zapytaj zespół, czego się spodziewać. Niektóre rodziny prowadzą krótki dziennik każdego dnia, żeby później podzielić się nim z bliską osobą, jeśli będzie tego chciała.
family-faq-4-q = A jeśli powiem coś, czego ta osoba by nie chciała?
family-faq-4-a = Nie decydujesz w pojedynkę. Ostateczne decyzje medyczne podejmuje zespół, z Twoją pomocą. Nikt nie może oczekiwać więcej niż tego, że zrobisz dla tej osoby wszystko, co w Twojej mocy.
family-faq-5-q = Z kim mogę porozmawiać?
family-faq-5-a = Poproś pielęgniarkę o nazwisko lekarza prowadzącego. Zapytaj, czy w szpitalu jest kapelan albo zespół wsparcia. Wsparcia może też udzielić lokalna organizacja Healthwatch.

family-self-title = Zadbaj też o siebie
family-self-1 = To bardzo trudny czas. Staraj się jeść, pić i odpoczywać, kiedy możesz. Pozwól innym sobie pomóc. Zapisuj pytania, żeby o nich nie zapomnieć.
family-next = Zapisz listę swoich pytań
