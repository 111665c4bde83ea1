/**
 * Names from the backgrounds found in UK schools (ux.md: "names from many backgrounds, including accents and
 * apostrophes"). Made-up combinations, never real people. A surname written "Dąbrowski/Dąbrowska" has a
 * masculine and a feminine form, as Polish, Bulgarian and Irish surnames do.
 */
export interface Background {
  /** Roughly how common the background is in the synthetic school, relative to the others. */
  weight: number;
  /** Languages a carer may prefer, the most common first; where it is not English, children are often EAL. */
  languages: readonly string[];
  boys: readonly string[];
  girls: readonly string[];
  surnames: readonly string[];
  /** Surnames a mother often keeps instead of the family's (Begum, Kaur), so carers' surnames differ. */
  mothersOwn?: readonly string[];
}

export const backgrounds: Record<string, Background> = {
  english: {
    weight: 34,
    languages: ['English'],
    boys: [
      'Oliver',
      'George',
      'Harry',
      'Jack',
      'Noah',
      'Leo',
      'Alfie',
      'Charlie',
      'Freddie',
      'Archie',
      'Theo',
    ],
    girls: ['Olivia', 'Amelia', 'Ava', 'Lily', 'Freya', 'Poppy', 'Ella', 'Grace', 'Sophie', 'Zoë', 'Chloë'],
    surnames: [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      'Wilson',
      'Evans',
      'Walker',
      'Wright',
      'Thompson',
      'Hughes',
    ],
  },
  scottish: {
    weight: 9,
    languages: ['English'],
    boys: ['Callum', 'Lewis', 'Ruaridh', 'Euan', 'Finlay', 'Angus', 'Hamish', 'Struan'],
    girls: ['Eilidh', 'Isla', 'Ishbel', 'Mhairi', 'Kirsty', 'Catriona', 'Ailsa', 'Morag'],
    surnames: ['MacLeod', 'MacDonald', 'Campbell', 'Stewart', 'Robertson', 'Murray', 'McKenzie', 'Fraser'],
  },
  irish: {
    weight: 6,
    languages: ['English', 'Irish'],
    boys: ['Seán', 'Oisín', 'Cian', 'Darragh', 'Pádraig', 'Ciarán', 'Eoin', 'Tadhg'],
    girls: ['Siobhán', 'Aoife', 'Niamh', 'Caoimhe', 'Saoirse', 'Róisín', 'Clodagh', 'Orla'],
    surnames: [
      "O'Neill",
      'Ó Briain/Ní Bhriain',
      "O'Connor",
      'Murphy',
      'Gallagher',
      'McCarthy',
      'Doyle',
      'Kelly',
    ],
  },
  welsh: {
    weight: 3,
    languages: ['English', 'Welsh'],
    boys: ['Dafydd', 'Rhys', 'Gethin', 'Iwan', 'Osian', 'Emyr'],
    girls: ['Cerys', 'Ffion', 'Seren', 'Angharad', 'Elin', 'Lowri'],
    surnames: ['Davies', 'Williams', 'Llewellyn', 'Pritchard', 'Rees', 'Powell'],
  },
  polish: {
    weight: 7,
    languages: ['Polish', 'English'],
    boys: ['Jakub', 'Kacper', 'Szymon', 'Filip', 'Mikołaj', 'Wojciech', 'Łukasz'],
    girls: ['Zuzanna', 'Julia', 'Maja', 'Zofia', 'Małgorzata', 'Agnieszka', 'Wiktoria'],
    surnames: [
      'Dąbrowski/Dąbrowska',
      'Kowalczyk',
      'Kowalski/Kowalska',
      'Nowak',
      'Wiśniewski/Wiśniewska',
      'Wójcik',
      'Lewandowski/Lewandowska',
      'Woźniak',
    ],
  },
  romanian: {
    weight: 4,
    languages: ['Romanian', 'English'],
    boys: ['Andrei', 'Ștefan', 'Mihai', 'Ionuț', 'Alexandru', 'Vlad'],
    girls: ['Ioana', 'Elena', 'Andreea', 'Ștefania', 'Bianca', 'Daria'],
    surnames: ['Popescu', 'Ionescu', 'Popa', 'Dumitru', 'Stoica', 'Rădulescu'],
  },
  bulgarian: {
    weight: 2,
    languages: ['Bulgarian', 'English'],
    boys: ['Nikolai', 'Dimitar', 'Ivan', 'Aleksandar', 'Georgi'],
    girls: ['Desislava', 'Yana', 'Maria', 'Viktoria', 'Radostina'],
    surnames: ['Petrov/Petrova', 'Ivanov/Ivanova', 'Dimitrov/Dimitrova', 'Georgiev/Georgieva'],
  },
  ukrainian: {
    weight: 2,
    languages: ['Ukrainian', 'English'],
    boys: ['Oleksandr', 'Maksym', 'Artem', 'Bohdan', 'Taras'],
    girls: ['Sofiia', 'Anastasiia', 'Viktoriia', 'Oksana', 'Yuliia'],
    surnames: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Melnyk'],
  },
  pakistani: {
    weight: 7,
    languages: ['Urdu', 'Punjabi', 'English'],
    boys: ['Muhammad', 'Ayaan', 'Ibrahim', 'Zayn', 'Yusuf', 'Hamza', 'Rayyan'],
    girls: ['Aisha', 'Fatima', 'Maryam', 'Hafsa', 'Amira', 'Zara', 'Inaya'],
    surnames: ['Ahmed', 'Khan', 'Hussain', 'Ali', 'Iqbal', 'Chaudhry', 'Butt'],
    mothersOwn: ['Bibi', 'Akhtar', 'Kausar'],
  },
  bangladeshi: {
    weight: 4,
    languages: ['Bengali', 'Sylheti', 'English'],
    boys: ['Mohammed', 'Rahim', 'Arif', 'Tanvir', 'Imran', 'Sami'],
    girls: ['Fatema', 'Nusrat', 'Tahmina', 'Ruksana', 'Sumaiya', 'Jannat'],
    surnames: ['Rahman', 'Uddin', 'Ahmed', 'Miah', 'Islam', 'Hoque'],
    mothersOwn: ['Begum', 'Khatun'],
  },
  indian: {
    weight: 5,
    languages: ['Gujarati', 'Punjabi', 'English', 'Hindi'],
    boys: ['Arjun', 'Rohan', 'Aarav', 'Vihaan', 'Harjit', 'Dev'],
    girls: ['Priya', 'Ananya', 'Diya', 'Anika', 'Simran', 'Navdeep'],
    surnames: ['Patel', 'Sharma', 'Singh', 'Gupta', 'Shah', 'Mehta'],
    mothersOwn: ['Kaur'],
  },
  nigerian: {
    weight: 5,
    languages: ['English', 'Yoruba', 'Igbo'],
    boys: ['Chinedu', 'Oluwaseun', 'Emeka', 'Tobi', 'David', 'Daniel'],
    girls: ['Chiamaka', 'Adaeze', 'Folake', 'Ifeoma', 'Blessing', 'Precious'],
    surnames: ['Okonkwo', 'Adeyemi', 'Okafor', 'Adebayo', 'Eze', 'Nwosu'],
  },
  somali: {
    weight: 2,
    languages: ['Somali', 'English'],
    boys: ['Abdirahman', 'Hassan', 'Mohamed', 'Abdullahi', 'Mustafe'],
    girls: ['Hodan', 'Ayaan', 'Sahra', 'Hibo', 'Ifrah'],
    surnames: ['Mohamed', 'Abdi', 'Hassan', 'Farah', 'Warsame', 'Osman'],
  },
  caribbean: {
    weight: 3,
    languages: ['English'],
    boys: ['Jayden', 'Malachi', 'Tyrese', 'Isaiah', 'Kyrie'],
    girls: ['Aaliyah', 'Destiny', 'Keisha', 'Jada', 'Shanice'],
    surnames: ['Campbell', 'Grant', 'Clarke', 'Francis', 'Henry', 'Bailey'],
  },
  vietnamese: {
    weight: 1.5,
    languages: ['Vietnamese', 'English'],
    boys: ['Minh', 'Đức', 'Huy', 'Khánh', 'Long'],
    girls: ['Linh', 'Thảo', 'Ngọc', 'Mai', 'Hương'],
    surnames: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng'],
  },
  chinese: {
    weight: 2,
    languages: ['Cantonese', 'Mandarin', 'English'],
    boys: ['Wei', 'Jun', 'Hao', 'Ethan', 'Ka Ho'],
    girls: ['Mei', 'Xinyi', 'Jia', 'Chloe', 'Wing Yan'],
    surnames: ['Chen', 'Wang', 'Li', 'Zhang', 'Wong', 'Lam'],
  },
  arabic: {
    weight: 2,
    languages: ['Arabic', 'English'],
    boys: ['Omar', 'Karim', 'Yousef', 'Ahmad', 'Tariq'],
    girls: ['Layla', 'Nour', 'Rania', 'Hala', 'Jana'],
    surnames: ['Al-Khatib', 'Haddad', 'Al-Masri', 'Nasser', 'Khoury'],
  },
  iberian: {
    weight: 2,
    languages: ['Portuguese', 'Spanish', 'English'],
    boys: ['João', 'Tomás', 'Mateo', 'Gonçalo', 'Martín'],
    girls: ['Inês', 'Beatriz', 'Lúcia', 'Sofía', 'Maria'],
    surnames: ['Silva', 'Santos', 'Gonçalves', 'Pereira', 'García', 'Fernández', 'Muñoz'],
  },
  turkish: {
    weight: 1.5,
    languages: ['Turkish', 'Kurdish', 'English'],
    boys: ['Emir', 'Mehmet', 'Ömer', 'Kerem', 'Yiğit'],
    girls: ['Elif', 'Zeynep', 'Ecem', 'Defne', 'Ayşe'],
    surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
  },
};

/** The names a child might go by instead of their full first name. */
export const shortNames: Record<string, string> = {
  Oliver: 'Ollie',
  Alfie: 'Alf',
  Catriona: 'Cat',
  Ruaridh: 'Rory',
  Małgorzata: 'Gosia',
  Zuzanna: 'Zuzia',
  Jakub: 'Kuba',
  Aleksandar: 'Sasha',
  Alexandru: 'Alex',
  Oleksandr: 'Sasha',
  Muhammad: 'Mo',
  Oluwaseun: 'Seun',
  Chiamaka: 'Amaka',
  Abdirahman: 'Abdi',
  Wiktoria: 'Wiki',
};
