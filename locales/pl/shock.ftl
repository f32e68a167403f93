## Strona dla pacjenta: czym jest wstrząs kardiogenny.

shock-title = Czym jest wstrząs kardiogenny?
shock-intro = [Wstrząs kardiogenny](cardiogenic-shock) to stan, w którym serce nagle nie może pompować tyle krwi, ile potrzebuje organizm. To bardzo poważny stan. Zespół medyczny będzie działać szybko.

shock-what-title = Co dzieje się w organizmie
shock-what-1 = Krew zanosi tlen do każdej części ciała. Serce pompuje ją po całym ciele.
shock-what-2 = We wstrząsie serce jest za słabe, żeby nadążyć. [Ciśnienie krwi](blood-pressure) spada. Mózg, nerki i inne [narządy](organ) nie dostają dość krwi.
shock-what-3 = Chory może być zdezorientowany i mieć kłopot z jasnym myśleniem. Może oddawać bardzo mało moczu. Badania krwi pokazują, że narządy sobie nie radzą.

shock-causes-title = Co go wywołuje
shock-causes-1 = Najbardziej znaną przyczyną jest [zawał serca](heart-attack). Zatkane naczynie krwionośne nie przepuszcza krwi do części serca. Ta część serca przestaje dobrze pracować.
shock-causes-2 = Do wstrząsu dochodzi mniej więcej w 3 do 10 przypadkach na każde 100 zawałów serca.
shock-causes-3 = Są też inne przyczyny:
shock-cause-failure = słabe serce, którego stan nagle się pogarsza
shock-cause-valve = zastawka serca, która nagle przestaje działać
shock-cause-rhythm = bardzo poważne zaburzenia rytmu serca
shock-cause-myocarditis = obrzęknięty, chory mięsień serca, czyli [zapalenie mięśnia sercowego](myocarditis)
shock-cause-clot = duży [skrzep krwi](clot) w płucach
shock-cause-poison = niektóre trucizny lub przedawkowanie
shock-cause-surgery = operacja serca

shock-danger-title = Dlaczego jest tak groźny
shock-danger-1 = Gdy narządy nie dostają dość krwi, mogą przestać działać. Bez szybkiej pomocy może to doprowadzić do śmierci.
shock-danger-2 = Spośród 100 osób ze wstrząsem kardiogennym około 30 do 40 umiera w szpitalu. To znaczy, że około 60 do 70 na 100 osób przeżywa i wychodzi ze szpitala.
shock-danger-3 = Dalej w tym przewodniku zobaczysz większą liczbę: w jednym badaniu zmarło 59 na 100 osób. To badanie obejmowało tylko najciężej chore osoby, u których wstrząs był skutkiem zawału serca. Liczono w nim też zgony w ciągu 6 miesięcy, a nie tylko w szpitalu. Podane tutaj 30 do 40 na 100 dotyczy wszystkich rodzajów wstrząsu, łagodnego i ciężkiego, i obejmuje tylko zgony w szpitalu.

shock-stages-title = Jak poważny jest wstrząs? Pięć stadiów
shock-stages-intro = Lekarze opisują wstrząs w pięciu stadiach, od A do E, żeby powiedzieć, jak jest ciężki. Nazywa się je [stadiami SCAI](scai-stages).
shock-stages-numbers = Liczby pokazują, ile osób na 100 zmarło wkrótce potem w badaniach dotyczących każdego stadium. Zakresy są szerokie, bo badania bardzo się od siebie różniły.
shock-stage-letter = Stadium { $letter }
shock-stage-a = Zagrożenie. Serce ma problem, ale wstrząsu jeszcze nie ma.
shock-stage-b = Początek. Ciśnienie krwi jest niskie albo tętno jest szybkie. Narządy nadal dostają dość krwi.
shock-stage-c = Typowy wstrząs. Chory potrzebuje leków albo urządzenia, które pomaga sercu.
shock-stage-d = Pogorszenie. Wstrząs się nasila mimo leczenia.
shock-stage-e = Stan skrajny. Serce się zatrzymało albo prawie się zatrzymało. Chory potrzebuje resuscytacji (reanimacji) albo maszyny, która zastępuje serce i płuca.
shock-stage-numbers = { $high ->
        [one] Zmarło od { $low } do { $high } osoby na 100.
        [few] Zmarło od { $low } do { $high } osób na 100.
        [other] Zmarło od { $low } do { $high } osoby na 100.
       *[many] Zmarło od { $low } do { $high } osób na 100.
    } { $alivehigh ->
        [one] Przy życiu pozostało od { $alivelow } do { $alivehigh } osoby.
        [few] Przy życiu pozostało od { $alivelow } do { $alivehigh } osób.
        [other] Przy życiu pozostało od { $alivelow } do { $alivehigh } osoby.
       *[many] Przy życiu pozostało od { $alivelow } do { $alivehigh } osób.
    }

shock-treat-title = Jak się go leczy
shock-treat-1 = Zespół działa szybko, żeby znaleźć i leczyć przyczynę. Po zawale serca lekarze udrażniają zatkane naczynie krwionośne.
shock-treat-2 = Leki mogą pomóc sercu mocniej się kurczyć i utrzymać ciśnienie krwi. Niektórzy chorzy potrzebują przez jakiś czas [respiratora](breathing-machine) albo [dializ](dialysis).
shock-treat-3 = Czasem sercu w pompowaniu pomaga urządzenie. [Pompa serca](heart-pump) opisana w tym przewodniku jest jednym z takich urządzeń.
shock-next = Dalej: czym jest pompa serca
