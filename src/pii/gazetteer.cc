#include "pii/gazetteer.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace copilot::pii {
namespace {

constexpr std::string_view kFirstNames[] = {
    "James",     "John",       "Robert",      "Michael",   "William",    "David",      "Richard",   "Joseph",
    "Thomas",    "Charles",    "Christopher", "Daniel",    "Matthew",    "Anthony",    "Mark",      "Donald",
    "Steven",    "Paul",       "Andrew",      "Joshua",    "Kenneth",    "Kevin",      "Brian",     "George",
    "Timothy",   "Ronald",     "Edward",      "Jason",     "Jeffrey",    "Ryan",       "Jacob",     "Gary",
    "Nicholas",  "Eric",       "Jonathan",    "Stephen",   "Larry",      "Justin",     "Scott",     "Brandon",
    "Benjamin",  "Samuel",     "Gregory",     "Alexander", "Frank",      "Patrick",    "Raymond",   "Jack",
    "Dennis",    "Jerry",      "Tyler",       "Aaron",     "Jose",       "Adam",       "Nathan",    "Henry",
    "Douglas",   "Zachary",    "Peter",       "Kyle",      "Ethan",      "Walter",     "Noah",      "Jeremy",
    "Christian", "Keith",      "Roger",       "Terry",     "Gerald",     "Harold",     "Sean",      "Austin",
    "Carl",      "Arthur",     "Lawrence",    "Dylan",     "Jesse",      "Jordan",     "Bryan",     "Billy",
    "Joe",       "Bruce",      "Gabriel",     "Logan",     "Albert",     "Willie",     "Alan",      "Juan",
    "Wayne",     "Elijah",     "Randy",       "Roy",       "Vincent",    "Ralph",      "Eugene",    "Russell",
    "Bobby",     "Mason",      "Philip",      "Louis",     "Harry",      "Oliver",     "Liam",      "Lucas",
    "Leo",       "Oscar",      "Archie",      "Alfie",     "Freddie",    "Theo",       "Mary",      "Patricia",
    "Jennifer",  "Linda",      "Elizabeth",   "Barbara",   "Susan",      "Jessica",    "Sarah",     "Karen",
    "Lisa",      "Nancy",      "Betty",       "Margaret",  "Sandra",     "Ashley",     "Kimberly",  "Emily",
    "Donna",     "Michelle",   "Carol",       "Amanda",    "Dorothy",    "Melissa",    "Deborah",   "Stephanie",
    "Rebecca",   "Sharon",     "Laura",       "Cynthia",   "Kathleen",   "Amy",        "Angela",    "Shirley",
    "Anna",      "Brenda",     "Pamela",      "Emma",      "Nicole",     "Helen",      "Samantha",  "Katherine",
    "Christine", "Debra",      "Rachel",      "Carolyn",   "Janet",      "Catherine",  "Maria",     "Heather",
    "Diane",     "Ruth",       "Julie",       "Olivia",    "Joyce",      "Virginia",   "Victoria",  "Kelly",
    "Lauren",    "Christina",  "Joan",        "Evelyn",    "Judith",     "Megan",      "Andrea",    "Cheryl",
    "Hannah",    "Jacqueline", "Martha",      "Gloria",    "Teresa",     "Ann",        "Sara",      "Madison",
    "Frances",   "Kathryn",    "Janice",      "Jean",      "Abigail",    "Alice",      "Julia",     "Judy",
    "Sophia",    "Grace",      "Denise",      "Amber",     "Doris",      "Marilyn",    "Danielle",  "Beverly",
    "Isabella",  "Theresa",    "Diana",       "Natalie",   "Brittany",   "Charlotte",  "Marie",     "Kayla",
    "Alexis",    "Lori",       "Ava",         "Mia",       "Amelia",     "Harper",     "Ella",      "Chloe",
    "Lily",      "Zoe",        "Nora",        "Lucy",      "Aria",       "Scarlett",   "Layla",     "Riley",
    "Ellie",     "Violet",     "Aurora",      "Hazel",     "Stella",     "Paisley",    "Claire",    "Caroline",
    "Eleanor",   "Naomi",      "Ruby",        "Sadie",     "Alyssa",     "Jasmine",    "Morgan",    "Taylor",
    "Aisha",     "Fatima",     "Mohammed",    "Muhammad",  "Ahmed",      "Ali",        "Omar",      "Hassan",
    "Yusuf",     "Ibrahim",    "Priya",       "Raj",       "Rahul",      "Anil",       "Sanjay",    "Deepak",
    "Arjun",     "Vikram",     "Ananya",      "Neha",      "Wei",        "Li",         "Ming",      "Hiroshi",
    "Yuki",      "Kenji",      "Akira",       "Mei",       "Jin",        "Min",        "Carlos",    "Luis",
    "Miguel",    "Javier",     "Diego",       "Alejandro", "Sofia",      "Camila",     "Valentina", "Lucia",
    "Pierre",    "Jean",       "Marc",        "Louise",    "Camille",    "Hans",       "Klaus",     "Stefan",
    "Anna",      "Greta",      "Lukas",       "Felix",     "Maximilian", "Sebastian",  "Tobias",    "Jonas",
    "Leon",      "Finn",       "Paul",        "Elias",     "Ivan",       "Dmitri",     "Olga",      "Natasha",
    "Sergei",    "Giovanni",   "Marco",       "Giulia",    "Francesca",  "Alessandro", "Connor",    "Declan",
    "Aidan",     "Siobhan",    "Niamh",       "Ciara",     "Seamus",     "Fiona",      "Callum",    "Isla",
    "Travis",    "Derek",      "Shane",       "Cody",      "Trevor",     "Marcus",     "Darius",    "Jamal",
    "Andre",     "Terrence",   "Tanya",       "Monica",    "Erica",      "Tiffany",    "Crystal",   "Vanessa",
    "Erin",      "Holly",      "Courtney",    "Kristen",   "Caleb",      "Isaac",      "Owen",      "Wyatt",
    "Hunter",    "Landon",     "Carter",      "Luke",      "Gavin",      "Evan",       "Ian",       "Cole",
    "Blake",     "Chase",      "Bradley",     "Dustin",    "Craig",      "Todd",       "Shawn",     "Chad",
    "Melanie",   "Allison",    "Leah",        "Katie",     "Brooke",     "Molly",      "Jenna",     "Kara",
    "Haley",     "Paige",      "Martin",      "Howard",    "Fred",       "Earl",       "Glenn",     "Lee",
    "Leonard",   "Stanley",    "Dale",        "Francis",   "Alex",       "Sam",        "Max",       "Ben",
    "Tom",       "Tim",        "Jim",         "Bob",       "Mike",       "Dave",       "Steve",     "Chris",
    "Nick",      "Matt",       "Dan",         "Tony",      "Rick",       "Ken",        "Greg",      "Jeff",
    "Kate",      "Jane",       "Liz",         "Beth",      "Sue",        "Jen",        "Meg",       "Amy",
    "Eva",       "Ada",        "Rosa",        "Elena",     "Carmen",     "Ana",        "Isabel",    "Adriana",
    "Gabriela",  "Daniela",    "Mariana",     "Paula",     "Kai",        "Ezra",       "Miles",     "Jude",
    "Asher",     "Silas",      "Ronan",       "Rowan",     "Quinn",      "Avery",      "Brandy",    "Wanda",
    "Rhonda",    "Lorraine",   "Bonnie",      "Peggy",     "Norma",      "Connie",     "Gail",      "Irene",
    "Edna",      "Ethel",      "Florence",    "Agnes",     "Clara",      "Edith",      "Mildred",   "Lillian",
    "Mabel",     "Ida",        "Vernon",      "Clarence",  "Herbert",    "Lloyd",      "Floyd",     "Leroy",
    "Cecil",     "Lester",     "Milton",      "Chester",   "Abdul",      "Karim",      "Tariq",     "Zainab",
    "Leila",     "Yasmin",     "Samir",       "Nadia",     "Rania",      "Khalid",
};

constexpr std::string_view kAmbiguousFirstNames[] = {
    "May",       "June",   "April",  "August",  "Will",   "Mark",   "Bill",     "Grace",    "Hope",    "Faith",
    "Joy",       "Rose",   "Amber",  "Jan",     "Art",    "Chase",  "Dean",     "Drew",     "Frank",   "Guy",
    "Hunter",    "Max",    "Miles",  "Pat",     "Ray",    "Rich",   "Rob",      "Sky",      "Summer",  "Virginia",
    "Georgia",   "Austin", "Paris",  "Sydney",  "Dallas", "Jordan", "Carolina", "Victoria", "Madison", "Lee",
    "Sam",       "Ben",    "Jack",   "Carter",  "Taylor", "Morgan", "Riley",    "Harper",   "Quinn",   "Avery",
    "Cole",      "Blake",  "Chad",   "Earl",    "Glenn",  "Dale",   "Li",       "Min",      "Jin",     "Kai",
    "Luke",      "Paul",   "Martin", "Francis", "Leon",   "Jean",   "Marie",    "Ali",      "Chris",   "Alex",
    "Christian", "Ruby",   "Hazel",  "Violet",  "Stella", "Aurora", "Ivy",      "Iris",     "Holly",   "Crystal",
};

constexpr std::string_view kLastNames[] = {
    "Smith",       "Johnson",   "Williams",    "Brown",       "Jones",      "Garcia",     "Miller",     "Davis",
    "Rodriguez",   "Martinez",  "Hernandez",   "Lopez",       "Gonzalez",   "Wilson",     "Anderson",   "Thomas",
    "Taylor",      "Moore",     "Jackson",     "Martin",      "Lee",        "Perez",      "Thompson",   "White",
    "Harris",      "Sanchez",   "Clark",       "Ramirez",     "Lewis",      "Robinson",   "Walker",     "Young",
    "Allen",       "King",      "Wright",      "Scott",       "Torres",     "Nguyen",     "Hill",       "Flores",
    "Green",       "Adams",     "Nelson",      "Baker",       "Hall",       "Rivera",     "Campbell",   "Mitchell",
    "Carter",      "Roberts",   "Gomez",       "Phillips",    "Evans",      "Turner",     "Diaz",       "Parker",
    "Cruz",        "Edwards",   "Collins",     "Reyes",       "Stewart",    "Morris",     "Morales",    "Murphy",
    "Cook",        "Rogers",    "Gutierrez",   "Ortiz",       "Morgan",     "Cooper",     "Peterson",   "Bailey",
    "Reed",        "Kelly",     "Howard",      "Ramos",       "Kim",        "Cox",        "Ward",       "Richardson",
    "Watson",      "Brooks",    "Chavez",      "Wood",        "James",      "Bennett",    "Gray",       "Mendoza",
    "Ruiz",        "Hughes",    "Price",       "Alvarez",     "Castillo",   "Sanders",    "Patel",      "Myers",
    "Long",        "Ross",      "Foster",      "Jimenez",     "Powell",     "Jenkins",    "Perry",      "Russell",
    "Sullivan",    "Bell",      "Coleman",     "Butler",      "Henderson",  "Barnes",     "Gonzales",   "Fisher",
    "Vasquez",     "Simmons",   "Romero",      "Jordan",      "Patterson",  "Alexander",  "Hamilton",   "Graham",
    "Reynolds",    "Griffin",   "Wallace",     "Moreno",      "West",       "Cole",       "Hayes",      "Bryant",
    "Herrera",     "Gibson",    "Ellis",       "Tran",        "Medina",     "Aguilar",    "Stevens",    "Murray",
    "Ford",        "Castro",    "Marshall",    "Owens",       "Harrison",   "Fernandez",  "McDonald",   "Woods",
    "Washington",  "Kennedy",   "Wells",       "Vargas",      "Henry",      "Chen",       "Freeman",    "Webb",
    "Tucker",      "Guzman",    "Burns",       "Crawford",    "Olson",      "Simpson",    "Porter",     "Hunter",
    "Gordon",      "Mendez",    "Silva",       "Shaw",        "Snyder",     "Mason",      "Dixon",      "Munoz",
    "Hunt",        "Hicks",     "Holmes",      "Palmer",      "Wagner",     "Black",      "Robertson",  "Boyd",
    "Rose",        "Stone",     "Salazar",     "Fox",         "Warren",     "Mills",      "Meyer",      "Rice",
    "Schmidt",     "Garza",     "Daniels",     "Ferguson",    "Nichols",    "Stephens",   "Soto",       "Weaver",
    "Ryan",        "Gardner",   "Payne",       "Grant",       "Dunn",       "Kelley",     "Spencer",    "Hawkins",
    "Arnold",      "Pierce",    "Vazquez",     "Hansen",      "Peters",     "Santos",     "Hart",       "Bradley",
    "Knight",      "Elliott",   "Cunningham",  "Duncan",      "Armstrong",  "Hudson",     "Carroll",    "Lane",
    "Riley",       "Andrews",   "Alvarado",    "Ray",         "Delgado",    "Berry",      "Perkins",    "Hoffman",
    "Johnston",    "Matthews",  "Pena",        "Richards",    "Contreras",  "Willis",     "Carpenter",  "Lawrence",
    "Sandoval",    "Guerrero",  "George",      "Chapman",     "Rios",       "Estrada",    "Ortega",     "Watkins",
    "Greene",      "Nunez",     "Wheeler",     "Valdez",      "Harper",     "Burke",      "Larson",     "Santiago",
    "Maldonado",   "Morrison",  "Franklin",    "Carlson",     "Austin",     "Dominguez",  "Carr",       "Lawson",
    "Jacobs",      "Obrien",    "Lynch",       "Singh",       "Vega",       "Bishop",     "Montgomery", "Oliver",
    "Jensen",      "Harvey",    "Williamson",  "Gilbert",     "Dean",       "Sims",       "Espinoza",   "Howell",
    "Li",          "Wong",      "Reid",        "Hanson",      "Le",         "McCoy",      "Garrett",    "Burton",
    "Fuller",      "Wang",      "Weber",       "Welch",       "Rojas",      "Lucas",      "Marquez",    "Fields",
    "Park",        "Yang",      "Little",      "Banks",       "Padilla",    "Day",        "Walsh",      "Bowman",
    "Schultz",     "Luna",      "Fowler",      "Mejia",       "Davidson",   "Acosta",     "Brewer",     "May",
    "Holland",     "Juarez",    "Newman",      "Pearson",     "Curtis",     "Cortez",     "Douglas",    "Schneider",
    "Joseph",      "Barrett",   "Navarro",     "Figueroa",    "Keller",     "Avila",      "Wade",       "Molina",
    "Stanley",     "Hopkins",   "Campos",      "Barnett",     "Bates",      "Chambers",   "Caldwell",   "Beck",
    "Lambert",     "Miranda",   "Byrd",        "Craig",       "Ayala",      "Lowe",       "Frazier",    "Powers",
    "Neal",        "Leonard",   "Gregory",     "Carrillo",    "Sutton",     "Fleming",    "Rhodes",     "Shelton",
    "Schwartz",    "Norris",    "Jennings",    "Watts",       "Duran",      "Walters",    "Cohen",      "McDaniel",
    "Moran",       "Parks",     "Steele",      "Vaughn",      "Becker",     "Holt",       "Deleon",     "Barker",
    "Terry",       "Hale",      "Leon",        "Hail",        "Benson",     "Haynes",     "Horton",     "Miles",
    "Lyons",       "Pham",      "Graves",      "Bush",        "Thornton",   "Wolfe",      "Warner",     "Cabrera",
    "McKinney",    "Mann",      "Zimmerman",   "Dawson",      "Lara",       "Fletcher",   "Page",       "McCarthy",
    "Love",        "Robles",    "Cervantes",   "Solis",       "Erickson",   "Reeves",     "Chang",      "Klein",
    "Salinas",     "Fuentes",   "Baldwin",     "Daniel",      "Simon",      "Velasquez",  "Hardy",      "Higgins",
    "Aguirre",     "Lin",       "Cummings",    "Chandler",    "Sharp",      "Barber",     "Bowen",      "Ochoa",
    "Dennis",      "Robbins",   "Liu",         "Ramsey",      "Francis",    "Griffith",   "Paul",       "Blair",
    "OConnor",     "Cardenas",  "Pacheco",     "Cross",       "Calderon",   "Quinn",      "Moss",       "Swanson",
    "Chan",        "Rivas",     "Khan",        "Rodgers",     "Serrano",    "Fitzgerald", "Rosales",    "Stevenson",
    "Christensen", "Manning",   "Gill",        "Curry",       "McLaughlin", "Harmon",     "McGee",      "Gross",
    "Doyle",       "Garner",    "Newton",      "Burgess",     "Reese",      "Walton",     "Blake",      "Trujillo",
    "Adkins",      "Brady",     "Goodman",     "Roman",       "Webster",    "Goodwin",    "Fischer",    "Huang",
    "Potter",      "Delacruz",  "Montoya",     "Todd",        "Wu",         "Hines",      "Mullins",    "Castaneda",
    "Malone",      "Cannon",    "Tate",        "Mack",        "Sherman",    "Hubbard",    "Hodges",     "Zhang",
    "Guerra",      "Wolf",      "Valencia",    "Saunders",    "Franco",     "Rowe",       "Gallagher",  "Farmer",
    "Hammond",     "Hampton",   "Townsend",    "Ingram",      "Wise",       "Gallegos",   "Clarke",     "Barton",
    "Schroeder",   "Maxwell",   "Waters",      "Logan",       "Camacho",    "Strickland", "Norman",     "Person",
    "Colon",       "Parsons",   "Frank",       "Harrington",  "Glover",     "Osborne",    "Buchanan",   "Casey",
    "Floyd",       "Patton",    "Ibarra",      "Ball",        "Tyler",      "Suarez",     "Bowers",     "Orozco",
    "Salas",       "Cobb",      "Gibbs",       "Andrade",     "Bauer",      "Conner",     "Moody",      "Escobar",
    "McGuire",     "Lloyd",     "Mueller",     "Hartman",     "French",     "Kramer",     "McBride",    "Pope",
    "Lindsey",     "Velazquez", "Norton",      "McCormick",   "Sparks",     "Flynn",      "Yates",      "Hogan",
    "Marsh",       "Macias",    "Villanueva",  "Zamora",      "Pratt",      "Stokes",     "Owen",       "Ballard",
    "Lang",        "Brock",     "Villarreal",  "Charles",     "Drake",      "Barrera",    "Cain",       "Patrick",
    "Pineda",      "Burnett",   "Mercado",     "Santana",     "Shepherd",   "Bautista",   "Ali",        "Shaffer",
    "Lamb",        "Trevino",   "McKenzie",    "Hess",        "Beil",       "Olsen",      "Cochran",    "Morton",
    "Nash",        "Wilkins",   "Petersen",    "Briggs",      "Shah",       "Roth",       "Nicholson",  "Holloway",
    "Lozano",      "Rangel",    "Flowers",     "Hoover",      "Short",      "Arias",      "Mora",       "Valenzuela",
    "Bryan",       "Meyers",    "Weiss",       "Underwood",   "Bass",       "Greer",      "Summers",    "Houston",
    "Carson",      "Morrow",    "Clayton",     "Whitaker",    "Decker",     "Yoder",      "Collier",    "Zuniga",
    "Carey",       "Wilcox",    "Melendez",    "Poole",       "Roberson",   "Larsen",     "Conley",     "Davenport",
    "Copeland",    "Massey",    "Lam",         "Huff",        "Rocha",      "Cameron",    "Jefferson",  "Hood",
    "Monroe",      "Anthony",   "Pittman",     "Huynh",       "Randall",    "Singleton",  "Kirk",       "Combs",
    "Mathis",      "Christian", "Skinner",     "Bradford",    "Richard",    "Galvan",     "Wall",       "Boone",
    "Kirby",       "Wilkinson", "Bridges",     "Bruce",       "Atkinson",   "Velez",      "Meza",       "Roy",
    "Vincent",     "York",      "Hodge",       "Villa",       "Abbott",     "Allison",    "Tapia",      "Gates",
    "Chase",       "Sosa",      "Sweeney",     "Farrell",     "Wyatt",      "Dalton",     "Horn",       "Barron",
    "Phelps",      "Yu",        "Dickerson",   "Heath",       "Foley",      "Atkins",     "Mathews",    "Bonilla",
    "Acevedo",     "Benitez",   "Zavala",      "Hensley",     "Glenn",      "Cisneros",   "Harrell",    "Shields",
    "Rubio",       "Choi",      "Huffman",     "Boyer",       "Garrison",   "Arroyo",     "Bond",       "Kane",
    "Hancock",     "Callahan",  "Dillon",      "Cline",       "Wiggins",    "Grimes",     "Arellano",   "Melton",
    "ONeill",      "Savage",    "Ho",          "Beltran",     "Pitts",      "Parrish",    "Ponce",      "Rich",
    "Booth",       "Koch",      "Golden",      "Ware",        "Brennan",    "McDowell",   "Marks",      "Cantu",
    "Humphrey",    "Baxter",    "Sawyer",      "Clay",        "Tanner",     "Hutchinson", "Kaur",       "Berg",
    "Wiley",       "Gilmore",   "Russo",       "Villegas",    "Hobbs",      "Keith",      "Wilkerson",  "Ahmed",
    "Beard",       "McClain",   "Montes",      "Mata",        "Rosario",    "Vang",       "Walter",     "Henson",
    "ONeal",       "Mosley",    "McClure",     "Beasley",     "Stephenson", "Snow",       "Huerta",     "Preston",
    "Vance",       "Barry",     "Johns",       "Eaton",       "Blackwell",  "Dyer",       "Prince",     "Macdonald",
    "Solomon",     "Guevara",   "Stafford",    "English",     "Hurst",      "Woodard",    "Cortes",     "Shannon",
    "Kemp",        "Nolan",     "McCullough",  "Merritt",     "Murillo",    "Moon",       "Salgado",    "Strong",
    "Kline",       "Cordova",   "Barajas",     "Roach",       "Rosas",      "Winters",    "Jacobson",   "Lester",
    "Knox",        "Bullock",   "Kerr",        "Leach",       "Meadows",    "Orr",        "Davila",     "Whitehead",
    "Pruitt",      "Kent",      "Conway",      "McKee",       "Barr",       "David",      "Dejesus",    "Marin",
    "Berger",      "McIntyre",  "Blankenship", "Gaines",      "Palacios",   "Cuevas",     "Bartlett",   "Durham",
    "Dorsey",      "McCall",    "ODonnell",    "Stein",       "Browning",   "Stout",      "Lowery",     "Sloan",
    "McLean",      "Hendricks", "Calhoun",     "Sexton",      "Chung",      "Gentry",     "Hull",       "Duarte",
    "Ellison",     "Nielsen",   "Gillespie",   "Buck",        "Middleton",  "Sellers",    "Leblanc",    "Esparza",
    "Hardin",      "Bradshaw",  "McIntosh",    "Howe",        "Livingston", "Frost",      "Glass",      "Morse",
    "Knapp",       "Herman",    "Stark",       "Bravo",       "Noble",      "Spears",     "Weeks",      "Corona",
    "Frederick",   "Buckley",   "McFarland",   "Hebert",      "Enriquez",   "Hickman",    "Quintero",   "Randolph",
    "Schaefer",    "Walls",     "Trejo",       "House",       "Reilly",     "Pennington", "Michael",    "Conrad",
    "Giles",       "Benjamin",  "Crosby",      "Fitzpatrick", "Donovan",    "Mays",       "Mahoney",    "Valentine",
    "Raymond",     "Medrano",   "Hahn",        "McMillan",    "Small",      "Bentley",    "Felix",      "Peck",
    "Lucero",      "Boyle",     "Hanna",       "Pace",        "Rush",       "Hurley",     "Harding",    "McConnell",
    "Bernal",      "Nava",      "Ayers",       "Everett",     "Ventura",    "Avery",      "Pugh",       "Mayer",
    "Bender",      "Shepard",   "McMahon",     "Landry",      "Case",       "Sampson",    "Moses",      "Magana",
    "Blackburn",   "Dunlap",    "Gould",       "Duffy",       "Vaughan",    "Herring",    "McKay",      "Espinosa",
    "Rivers",      "Farley",    "Bernard",     "Ashley",      "Friedman",   "Potts",      "Truong",     "Costa",
    "Correa",      "Blevins",   "Nixon",       "Clements",    "Fry",        "Delarosa",   "Best",       "Benton",
    "Lugo",        "Portillo",  "Dougherty",   "Crane",       "Haley",      "Phan",       "Villalobos", "Blanchard",
    "Horne",       "Finley",    "Quintana",    "Lynn",        "Esquivel",   "Bean",       "Dodson",     "Mullen",
    "Xiong",       "Hayden",    "Cano",        "Levy",        "Huber",      "Richmond",   "Moyer",      "Lim",
    "Frye",        "Sheppard",  "McCarty",     "Avalos",      "Booker",     "Waller",     "Parra",      "Woodward",
    "Jaramillo",   "Krueger",   "Rasmussen",   "Brandt",      "Peralta",    "Donaldson",  "Stuart",     "Faulkner",
    "Maynard",     "Galindo",   "Coffey",      "Estes",       "Sanford",    "Burch",      "Maddox",     "Vo",
    "OBrien",      "Colby",     "Kovacek",     "Kuhn",        "Hauck",      "Schmitt",    "Muller",     "Becker",
    "Hoffmann",    "Schulz",    "Dubois",      "Moreau",      "Laurent",    "Lefebvre",   "Rossi",      "Ricci",
    "Bianchi",     "Kowalski",  "Novak",       "Ivanov",
};

constexpr std::string_view kStopWords[] = {
    "The",          "This",       "That",       "These",     "Those",      "There",      "Then",        "They",
    "We",           "You",        "He",         "She",       "It",         "I",          "My",          "Your",
    "Our",          "Their",      "His",        "Her",       "Its",        "Please",     "Thanks",      "Thank",
    "Hi",           "Hello",      "Dear",       "Hey",       "Yes",        "No",         "Not",         "And",
    "But",          "Or",         "If",         "When",      "While",      "What",       "Which",       "Who",
    "Why",          "How",        "Where",      "Can",       "Could",      "Would",      "Should",      "Shall",
    "Might",        "Must",       "Do",         "Does",      "Did",        "Is",         "Are",         "Was",
    "Were",         "Be",         "Been",       "Have",      "Has",        "Had",        "Get",         "Got",
    "Let",          "Also",       "Just",       "So",        "As",         "At",         "In",          "On",
    "For",          "From",       "To",         "With",      "By",         "Of",         "Off",         "Over",
    "Under",        "After",      "Before",     "About",     "All",        "Any",        "Some",        "Each",
    "Every",        "New",        "Order",      "Customer",  "Patient",    "Account",    "Card",        "Phone",
    "Email",        "Address",    "Name",       "Date",      "Subject",    "Re",         "Fwd",         "Monday",
    "Tuesday",      "Wednesday",  "Thursday",   "Friday",    "Saturday",   "Sunday",     "Inc",         "Ltd",
    "LLC",          "Corp",       "Company",    "Team",      "Support",    "Service",    "Ticket",      "Issue",
    "Bug",          "Error",      "Note",       "Notes",     "Summary",    "Total",      "Invoice",     "Payment",
    "Update",       "Meeting",    "Project",    "Hospital",  "Clinic",     "Doctor",     "Nurse",       "Street",
    "Road",         "Avenue",     "Regards",    "Best",      "Sincerely",  "Cheers",     "Kind",        "Warm",
    "Here",         "Now",        "Today",      "Tomorrow",  "Yesterday",  "Sure",       "Okay",        "Ok",
    "Sorry",        "Great",      "Good",       "Thanks",    "Could",      "Hope",       "Looking",     "Following",
    "Attached",     "Attachment", "Please",     "Urgent",    "Priority",   "Status",     "Description", "Steps",
    "Expected",     "Actual",     "Result",     "Results",   "Plan",       "Assessment", "History",     "Medication",
    "Medications",  "Allergies",  "Diagnosis",  "Follow",    "Chief",      "Complaint",  "Vitals",      "Bank",
    "Transfer",     "Wire",       "Billing",    "Shipping",  "Delivery",   "Tracking",   "Reference",   "Version",
    "Release",      "Build",      "Commit",     "Deploy",    "Server",     "Client",     "User",        "Admin",
    "Mr",           "Mrs",        "Ms",         "Dr",        "Prof",       "Miss",       "Sir",         "Call",
    "Text",         "Send",       "Contact",    "Reach",     "Use",        "Check",      "See",         "Find",
    "Pay",          "Paid",       "Ship",       "Add",       "Remove",     "Change",     "Reset",       "Create",
    "Delete",       "Open",       "Close",      "Visa",      "Mastercard", "Amex",       "American",    "Express",
    "Discover",     "North",      "South",      "East",      "West",       "Social",     "Security",    "National",
    "Insurance",    "Health",     "Medical",    "Record",    "Records",    "Number",     "Apt",         "Suite",
    "Unit",         "Floor",      "Building",   "Room",      "Department", "Office",     "University",  "College",
    "School",       "Center",     "Centre",     "Group",     "Holdings",   "Partners",   "Solutions",   "Systems",
    "Technologies", "Bitcoin",    "Ethereum",   "Wallet",    "Key",        "Token",      "Secret",      "Password",
    "Login",        "Sign",       "Signed",     "January",   "February",   "March",      "April",       "May",
    "June",         "July",       "August",     "September", "October",    "English",    "French",      "German",
    "Spanish",      "Italian",    "Portuguese", "Chinese",   "Japanese",   "Korean",     "Arabic",      "Russian",
    "Dutch",        "Hindi",      "Bearer",     "Basic",     "Token",      "Key",        "Json",        "Api",
    "Http",         "Https",      "Url",        "November",  "December",   "Jan",        "Feb",         "Mar",
    "Apr",          "Jun",        "Jul",        "Aug",       "Sep",        "Sept",       "Oct",         "Nov",
    "Dec",
};

constexpr std::string_view kTitles[] = {
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lady", "Lord", "Rev", "Fr",
};

constexpr std::string_view kPlaces[] = {
    // Countries.
    "United States",
    "United Kingdom",
    "Canada",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Colombia",
    "Peru",
    "France",
    "Germany",
    "Spain",
    "Italy",
    "Portugal",
    "Netherlands",
    "Belgium",
    "Switzerland",
    "Austria",
    "Ireland",
    "Scotland",
    "Wales",
    "England",
    "Sweden",
    "Norway",
    "Denmark",
    "Finland",
    "Poland",
    "Ukraine",
    "Russia",
    "Greece",
    "Turkey",
    "Egypt",
    "Nigeria",
    "Kenya",
    "South Africa",
    "Morocco",
    "Israel",
    "India",
    "Pakistan",
    "Bangladesh",
    "China",
    "Japan",
    "South Korea",
    "Korea",
    "Vietnam",
    "Thailand",
    "Indonesia",
    "Philippines",
    "Malaysia",
    "Singapore",
    "Australia",
    "New Zealand",
    "Iran",
    "Iraq",
    "Saudi Arabia",
    "United Arab Emirates",
    "Czech Republic",
    "Hungary",
    "Romania",
    "Bulgaria",
    "Croatia",
    "Serbia",
    // US states.
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "West Virginia",
    "Wisconsin",
    "Wyoming",
    // Cities.
    "London",
    "Manchester",
    "Birmingham",
    "Leeds",
    "Glasgow",
    "Edinburgh",
    "Liverpool",
    "Bristol",
    "Cardiff",
    "Belfast",
    "Dublin",
    "Paris",
    "Lyon",
    "Marseille",
    "Berlin",
    "Munich",
    "Hamburg",
    "Frankfurt",
    "Cologne",
    "Madrid",
    "Barcelona",
    "Rome",
    "Milan",
    "Amsterdam",
    "Rotterdam",
    "Brussels",
    "Vienna",
    "Zurich",
    "Geneva",
    "Stockholm",
    "Oslo",
    "Copenhagen",
    "Helsinki",
    "Warsaw",
    "Prague",
    "Budapest",
    "Lisbon",
    "Athens",
    "Istanbul",
    "Moscow",
    "Kyiv",
    "Cairo",
    "Lagos",
    "Nairobi",
    "Johannesburg",
    "Cape Town",
    "Dubai",
    "Mumbai",
    "Delhi",
    "New Delhi",
    "Bangalore",
    "Chennai",
    "Beijing",
    "Shanghai",
    "Hong Kong",
    "Tokyo",
    "Osaka",
    "Seoul",
    "Bangkok",
    "Jakarta",
    "Manila",
    "Sydney",
    "Melbourne",
    "Brisbane",
    "Perth",
    "Auckland",
    "Toronto",
    "Montreal",
    "Vancouver",
    "Ottawa",
    "Calgary",
    "Chicago",
    "Los Angeles",
    "San Francisco",
    "San Diego",
    "San Jose",
    "Seattle",
    "Portland",
    "Boston",
    "Philadelphia",
    "Houston",
    "Dallas",
    "Austin",
    "San Antonio",
    "Phoenix",
    "Denver",
    "Atlanta",
    "Miami",
    "Orlando",
    "Tampa",
    "Detroit",
    "Minneapolis",
    "Cleveland",
    "Pittsburgh",
    "Baltimore",
    "Washington",
    "Nashville",
    "Memphis",
    "New Orleans",
    "Las Vegas",
    "Salt Lake City",
    "Sacramento",
    "Charlotte",
    "Indianapolis",
    "Columbus",
    "Milwaukee",
    "Kansas City",
    "St. Louis",
    "Honolulu",
    "Brooklyn",
    "Queens",
    "Manhattan",
    "Oakland",
    "Mexico City",
    "Buenos Aires",
    "Sao Paulo",
    "Rio de Janeiro",
    "Bogota",
    "Lima",
    "Santiago",
};

constexpr std::string_view kStreetSuffixes[] = {
    "Street",  "St",       "Avenue",     "Ave",      "Road",       "Rd",         "Boulevard", "Blvd",    "Lane",
    "Ln",      "Drive",    "Dr",         "Court",    "Ct",         "Place",      "Pl",        "Square",  "Sq",
    "Terrace", "Ter",      "Parkway",    "Pkwy",     "Highway",    "Hwy",        "Circle",    "Cir",     "Way",
    "Trail",   "Trl",      "Crescent",   "Close",    "Grove",      "Gardens",    "Mews",      "Row",     "Hill",
    "Park",    "Walk",     "Alley",      "Branch",   "Bridge",     "Brook",      "Bypass",    "Canyon",  "Causeway",
    "Center",  "Cliff",    "Common",     "Corner",   "Course",     "Cove",       "Creek",     "Crest",   "Crossing",
    "Curve",   "Dale",     "Estate",     "Estates",  "Expressway", "Extension",  "Falls",     "Ferry",   "Field",
    "Fields",  "Flat",     "Flats",      "Ford",     "Forest",     "Forge",      "Fork",      "Fort",    "Freeway",
    "Garden",  "Gateway",  "Glen",       "Green",    "Harbor",     "Haven",      "Heights",   "Hills",   "Hollow",
    "Inlet",   "Island",   "Isle",       "Junction", "Key",        "Knoll",      "Lake",      "Lakes",   "Landing",
    "Light",   "Lock",     "Lodge",      "Loop",     "Mall",       "Manor",      "Meadow",    "Meadows", "Mill",
    "Mills",   "Mission",  "Motorway",   "Mount",    "Mountain",   "Neck",       "Orchard",   "Oval",    "Overpass",
    "Pass",    "Passage",  "Path",       "Pike",     "Pine",       "Pines",      "Plain",     "Plains",  "Plaza",
    "Point",   "Port",     "Prairie",    "Ramp",     "Ranch",      "Rapid",      "Rapids",    "Rest",    "Ridge",
    "River",   "Route",    "Run",        "Shoal",    "Shore",      "Shores",     "Skyway",    "Spring",  "Springs",
    "Spur",    "Station",  "Stravenue",  "Stream",   "Summit",     "Throughway", "Trace",     "Track",   "Trafficway",
    "Tunnel",  "Turnpike", "Underpass",  "Union",    "Valley",     "Viaduct",    "View",      "Village", "Ville",
    "Vista",   "Wall",     "Well",       "Wells",    "Port",       "Radial",     "Rue",       "Via",     "Crossroad",
    "Loaf",    "Ways",     "Expressway", "Burg",     "Camp",       "Cape",       "Club",      "Dam",     "Divide",
    "Harbour", "Shoals",   "Squares",
};

constexpr std::string_view kStateCodes[] = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
    "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
    "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC",
};

constexpr std::string_view kNameCues[] = {
    "dear",     "hi",     "hello",   "hey",       "name",   "named",  "called", "am",        "i'm",     "im",
    "patient",  "signed", "regards", "sincerely", "cheers", "thanks", "attn",   "contact",   "by",      "from",
    "cc",       "to",     "with",    "ask",       "tell",   "spoke",  "met",    "colleague", "manager", "client",
    "customer", "pt",     "mr",      "mrs",       "ms",     "dr",     "is",     "wife",      "husband", "son",
    "daughter", "mother", "father",  "brother",   "sister", "friend", "for",
};

// A cheap hash of a word of up to 24 bytes: its first and last (up to) eight bytes and its length.
std::uint32_t WordHash(std::string_view w) {
  const std::size_t n = w.size();
  std::uint64_t a = 0;
  std::uint64_t b = 0;
  if (n >= 8) {
    std::memcpy(&a, w.data(), 8);
    std::memcpy(&b, w.data() + n - 8, 8);
  } else if (n >= 4) {
    std::uint32_t x = 0;
    std::uint32_t y = 0;
    std::memcpy(&x, w.data(), 4);
    std::memcpy(&y, w.data() + n - 4, 4);
    a = x;
    b = y;
  } else if (n > 0) {
    a = static_cast<unsigned char>(w[0]) | (static_cast<std::uint64_t>(static_cast<unsigned char>(w[n / 2])) << 8) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(w[n - 1])) << 16);
  }
  std::uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ (b + n) * 0xC2B2AE3D27D4EB4FULL;
  h ^= h >> 29;
  return static_cast<std::uint32_t>(h >> 32) | 1U;  // 0 marks an empty slot
}

// Every word of the lists above with its flags, in an open-addressing table (linear probing,
// a power of two slots, about a quarter full): a miss, the usual case, reads one slot.
class WordTable {
 public:
  void Add(std::string_view word, unsigned flag) {
    const std::uint32_t h = WordHash(word);
    std::size_t k = h & kMask;
    while (hashes_[k] != 0 && !(hashes_[k] == h && words_[k] == word)) k = (k + 1) & kMask;
    hashes_[k] = h;
    words_[k] = word;
    flags_[k] = static_cast<std::uint16_t>(flags_[k] | flag);
  }
  unsigned Find(std::string_view word) const {
    const std::uint32_t h = WordHash(word);
    for (std::size_t k = h & kMask; hashes_[k] != 0; k = (k + 1) & kMask) {
      if (hashes_[k] == h && words_[k] == word) return flags_[k];
    }
    return 0;
  }

 private:
  static_assert(kGzNameCue < (1U << 16), "flags must fit the table's 16 bits");
  static constexpr std::size_t kSlots = std::size_t{1} << 13;
  static constexpr std::size_t kMask = kSlots - 1;
  std::array<std::uint32_t, kSlots> hashes_{};
  std::array<std::uint16_t, kSlots> flags_{};
  std::array<std::string_view, kSlots> words_{};
};

const WordTable& Flags() {
  static const WordTable* table = [] {
    auto* t = new WordTable();
    auto add = [t](const auto& list, unsigned flag) {
      for (std::string_view w : list) t->Add(w, flag);
    };
    add(kFirstNames, kGzFirstName);
    add(kAmbiguousFirstNames, kGzAmbiguousFirstName);
    add(kLastNames, kGzLastName);
    add(kStopWords, kGzStopWord);
    add(kTitles, kGzTitle);
    add(kPlaces, kGzPlace);
    add(kStreetSuffixes, kGzStreetSuffix);
    add(kStateCodes, kGzStateCode);
    add(kNameCues, kGzNameCue);
    for (std::string_view place : kPlaces) {
      const std::size_t space = place.find(' ');
      if (space != std::string_view::npos) t->Add(place.substr(0, space), kGzPlacePrefix);
    }
    return t;
  }();
  return *table;
}

}  // namespace

unsigned WordFlags(std::string_view word) {
  if (word.empty() || word.size() > 24) return 0;
  return Flags().Find(word);
}

bool IsFirstName(std::string_view word) {
  return (WordFlags(word) & kGzFirstName) != 0;
}
bool IsAmbiguousFirstName(std::string_view word) {
  return (WordFlags(word) & kGzAmbiguousFirstName) != 0;
}
bool IsLastName(std::string_view word) {
  return (WordFlags(word) & kGzLastName) != 0;
}
bool IsCapitalisedStopWord(std::string_view word) {
  return (WordFlags(word) & kGzStopWord) != 0;
}
bool IsPersonTitle(std::string_view word) {
  return (WordFlags(word) & kGzTitle) != 0;
}
bool IsPlaceName(std::string_view words) {
  return (WordFlags(words) & kGzPlace) != 0;
}
bool StartsPlaceName(std::string_view word) {
  return (WordFlags(word) & kGzPlacePrefix) != 0;
}
bool IsStreetSuffix(std::string_view word) {
  if ((WordFlags(word) & kGzStreetSuffix) != 0) return true;
  return word.size() > 3 && word.back() == 's' && (WordFlags(word.substr(0, word.size() - 1)) & kGzStreetSuffix) != 0;
}
bool IsStateCode(std::string_view word) {
  return (WordFlags(word) & kGzStateCode) != 0;
}
bool IsNameCue(std::string_view lower_word) {
  return (WordFlags(lower_word) & kGzNameCue) != 0;
}

int MonthNumber(std::string_view word) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                                 "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || word.size() > 9) return 0;
  auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c); };
  // The first three letters, lower-cased, as one number.
  auto key = [](unsigned char a, unsigned char b, unsigned char c) {
    return static_cast<std::uint32_t>(a) | (static_cast<std::uint32_t>(b) << 8) | (static_cast<std::uint32_t>(c) << 16);
  };
  static constexpr std::uint32_t kKeys[] = {0x6e616a, 0x626566, 0x72616d, 0x727061, 0x79616d, 0x6e756a,
                                            0x6c756a, 0x677561, 0x706573, 0x74636f, 0x766f6e, 0x636564};
  // A perfect hash of the twelve keys into 16 slots (month index + 1; 0 for an empty slot).
  static constexpr std::uint32_t kMultiplier = 0x3b6fe507U;
  static constexpr std::array<std::uint8_t, 16> kSlots = [] {
    std::array<std::uint8_t, 16> t{};
    for (std::size_t m = 0; m < 12; ++m) t[(kKeys[m] * kMultiplier) >> 28] = static_cast<std::uint8_t>(m + 1);
    return t;
  }();
  const std::uint32_t k3 = key(lower(word[0]), lower(word[1]), lower(word[2]));
  const int slot = kSlots[(k3 * kMultiplier) >> 28];
  if (slot == 0 || kKeys[slot - 1] != k3) return 0;
  const int m = slot - 1;
  const std::string_view name = kMonths[m];
  // The abbreviation, "Sept", or the whole name in any case.
  if (word.size() == 3 || (m == 8 && word.size() == 4 && lower(word[3]) == 't')) return m + 1;
  if (word.size() != name.size()) return 0;
  for (std::size_t k = 3; k < name.size(); ++k) {
    if (lower(word[k]) != static_cast<unsigned char>(name[k])) return 0;
  }
  return m + 1;
}

}  // namespace copilot::pii
