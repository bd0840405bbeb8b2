"""The affiliate simulator's sample data: customers from several countries, products, currencies, rates."""

from __future__ import annotations

CUSTOMERS = [
    ("Zoë Åkerlund", "zoe.akerlund@example.se", "+46 8 123 456 78", "Sveavägen 44", "Stockholm", "111 34", "", "SE"),
    (
        "Łukasz Wiśniewski",
        "lukasz.w@example.pl",
        "+48 42 555 01 23",
        "ul. Piotrkowska 120\nlokal 4",
        "Łódź",
        "90-006",
        "łódzkie",
        "PL",
    ),
    (
        "João Conceição",
        "joao.conceicao@example.com.br",
        "+55 11 3555 0101",
        "Rua Augusta 1508\nApto 72",
        "São Paulo",
        "01304-001",
        "SP",
        "BR",
    ),
    ("Siobhán O'Connor", "siobhan@example.ie", "+353 1 555 0147", "12 Grafton Street", "Dublin", "D02 XY45", "", "IE"),
    ("Jürgen Groß", "j.gross@example.de", "+49 89 5550 1234", "Maximilianstraße 8", "München", "80539", "Bayern", "DE"),
    (
        "Amélie Dubois",
        "amelie.dubois@example.fr",
        "+33 4 55 50 12 34",
        "5 rue de la République",
        "Lyon",
        "69001",
        "",
        "FR",
    ),
    (
        "Oliver Smith",
        "oliver.smith@example.co.uk",
        "+44 161 555 0199",
        "Flat 3\n27 Deansgate",
        "Manchester",
        "M3 4LQ",
        "Greater Manchester",
        "GB",
    ),
    ("Emily Johnson", "emily.j@example.com", "+1 503 555 0142", "1420 NW Lovejoy St", "Portland", "97209", "OR", "US"),
    ("Søren Kierkegård", "soren@example.dk", "+45 33 55 50 10", "Nyhavn 17, 2. tv", "København K", "1051", "", "DK"),
    (
        "Chloé Martín",
        "chloe.martin@example.es",
        "+34 954 55 50 12",
        "Calle Sierpes 33",
        "Sevilla",
        "41004",
        "Andalucía",
        "ES",
    ),
    (
        "Nguyễn Thị Mai",
        "mai.nguyen@example.com",
        "+1 212 555 0175",
        "88 Mott Street\nApt 5B",
        "New York",
        "10013",
        "NY",
        "US",
    ),
    ("Åsa Lindqvist", "asa.l@example.co.uk", "+44 20 7946 0321", "221B Baker Street", "London", "NW1 6XE", "", "GB"),
]
PRODUCTS = [
    ("TEA-ASSAM-250", "Assam breakfast tea 250 g", "8.50"),
    ("MUG-STONE-BLU", "Stoneware mug, blue", "14.90"),
    ("KETTLE-GOOSE", "Gooseneck kettle 1 l", "59.00"),
    ("HONEY-ACACIA", "Acacia honey 500 g", "11.25"),
    ("INFUSER-STEEL", "Steel tea infuser", "6.40"),
    ("TEAPOT-CAST-08", "Cast-iron teapot 0.8 l", "42.00"),
    ("MATCHA-CER-30", "Ceremonial matcha 30 g", "24.95"),
    ("COASTER-CORK-4", "Cork coasters, set of 4", "9.99"),
]
CURRENCIES = ("EUR", "GBP", "USD")
RATES = ("5.00", "7.50", "10.00", "12.50", "8.25")
COURIERS = ("DHL", "UPS", "PostNL", "Royal Mail")
