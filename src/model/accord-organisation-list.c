/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "accord-organisation-private.h"

/* The built-in countries and organisations: the members of ASEAN and Timor-Leste, ASEAN and its
 * Secretariat, ASEAN's dialogue partners, and the other countries and bodies the articles of
 * the built-in dataset name. The names in each language are data, not messages: a document in
 * English says "Lao PDR" where its reader types "Lào", so every name must be known whatever the
 * language of the user, and each is matched as well as shown.
 *
 * Ids are ISO 3166-1 alpha-2 codes in lower case for countries, words for the others. */
const AccordOrganisation accord_organisation_list[] = {
  /* The members of ASEAN. */
  { "bn", ACCORD_ORGANISATION_COUNTRY, { "Brunei Darussalam", "Brunei", "ບຣູໄນ" },
    { "Brunei", "Bru-nây", "ບຣູໄນ ດາຣຸສະລາມ", NULL } },
  { "kh", ACCORD_ORGANISATION_COUNTRY, { "Cambodia", "Campuchia", "ກຳປູເຈຍ" },
    { "Kingdom of Cambodia", "Vương quốc Campuchia", "ລາຊະອານາຈັກກຳປູເຈຍ", NULL } },
  { "id", ACCORD_ORGANISATION_COUNTRY, { "Indonesia", "Indonesia", "ອິນໂດເນເຊຍ" },
    { "Republic of Indonesia", "In-đô-nê-xi-a", NULL } },
  { "la", ACCORD_ORGANISATION_COUNTRY, { "Lao PDR", "Lào", "ສປປ ລາວ" },
    { "Laos", "Lao People's Democratic Republic", "CHDCND Lào",
      "Cộng hòa Dân chủ Nhân dân Lào", "ລາວ", "ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ", NULL } },
  { "my", ACCORD_ORGANISATION_COUNTRY, { "Malaysia", "Malaysia", "ມາເລເຊຍ" },
    { "Ma-lai-xi-a", NULL } },
  { "mm", ACCORD_ORGANISATION_COUNTRY, { "Myanmar", "Myanmar", "ມຽນມາ" },
    { "Burma", "Republic of the Union of Myanmar", "Mi-an-ma", NULL } },
  { "ph", ACCORD_ORGANISATION_COUNTRY, { "Philippines", "Philippines", "ຟີລິບປິນ" },
    { "Republic of the Philippines", "Phi-líp-pin", NULL } },
  { "sg", ACCORD_ORGANISATION_COUNTRY, { "Singapore", "Singapore", "ສິງກະໂປ" },
    { "Republic of Singapore", "Xin-ga-po", NULL } },
  { "th", ACCORD_ORGANISATION_COUNTRY, { "Thailand", "Thái Lan", "ໄທ" },
    { "Kingdom of Thailand", "ປະເທດໄທ", NULL } },
  { "vn", ACCORD_ORGANISATION_COUNTRY, { "Viet Nam", "Việt Nam", "ຫວຽດນາມ" },
    { "Vietnam", "Socialist Republic of Viet Nam", "Socialist Republic of Vietnam",
      "CHXHCN Việt Nam", "Cộng hòa Xã hội Chủ nghĩa Việt Nam", "ສສ ຫວຽດນາມ", NULL } },

  /* Timor-Leste, and the bodies of ASEAN. */
  { "tl", ACCORD_ORGANISATION_COUNTRY, { "Timor-Leste", "Timor-Leste", "ຕີມໍ-ເລສເຕ" },
    { "East Timor", "Đông Timor", "Democratic Republic of Timor-Leste", NULL } },

  { "asean", ACCORD_ORGANISATION_BODY, { "ASEAN", "ASEAN", "ອາຊຽນ" },
    { "Association of Southeast Asian Nations", "Association of South-East Asian Nations",
      "Hiệp hội các quốc gia Đông Nam Á", "ສະມາຄົມປະຊາຊາດແຫ່ງອາຊີຕາເວັນອອກສຽງໃຕ້", NULL } },
  { "asean-secretariat", ACCORD_ORGANISATION_BODY,
    { "ASEAN Secretariat", "Ban Thư ký ASEAN", "ສຳນັກເລຂາທິການອາຊຽນ" },
    { "Secretariat of ASEAN", "ASEC", NULL } },

  /* ASEAN's dialogue partners. */
  { "au", ACCORD_ORGANISATION_COUNTRY, { "Australia", "Australia", "ອົດສະຕຣາລີ" },
    { "Úc", "Ô-xtrây-li-a", "Commonwealth of Australia", NULL } },
  { "ca", ACCORD_ORGANISATION_COUNTRY, { "Canada", "Canada", "ການາດາ" },
    { "Ca-na-đa", NULL } },
  { "cn", ACCORD_ORGANISATION_COUNTRY, { "China", "Trung Quốc", "ຈີນ" },
    { "People's Republic of China", "PRC", "Cộng hòa Nhân dân Trung Hoa",
      "ສາທາລະນະລັດ ປະຊາຊົນຈີນ", NULL } },
  { "eu", ACCORD_ORGANISATION_BODY, { "European Union", "Liên minh châu Âu", "ສະຫະພາບເອີຣົບ" },
    { "EU", NULL } },
  { "in", ACCORD_ORGANISATION_COUNTRY, { "India", "Ấn Độ", "ອິນເດຍ" },
    { "Republic of India", NULL } },
  { "jp", ACCORD_ORGANISATION_COUNTRY, { "Japan", "Nhật Bản", "ຍີ່ປຸ່ນ" },
    { "Nhật", NULL } },
  { "kr", ACCORD_ORGANISATION_COUNTRY,
    { "Republic of Korea", "Hàn Quốc", "ສາທາລະນະລັດເກົາຫຼີ" },
    { "South Korea", "ROK", "Đại Hàn Dân Quốc", "ເກົາຫຼີໃຕ້", NULL } },
  { "nz", ACCORD_ORGANISATION_COUNTRY, { "New Zealand", "New Zealand", "ນິວຊີແລນ" },
    { "Niu Di-lân", NULL } },
  { "ru", ACCORD_ORGANISATION_COUNTRY, { "Russia", "Nga", "ລັດເຊຍ" },
    { "Russian Federation", "Liên bang Nga", "ສະຫະພັນລັດເຊຍ", NULL } },
  { "gb", ACCORD_ORGANISATION_COUNTRY,
    { "United Kingdom", "Vương quốc Anh", "ສະຫະລາຊະອານາຈັກ" },
    { "UK", "Britain", "Great Britain", "Anh", "ອັງກິດ", NULL } },
  { "us", ACCORD_ORGANISATION_COUNTRY, { "United States", "Hoa Kỳ", "ສະຫະລັດອາເມລິກາ" },
    { "US", "USA", "U.S.", "United States of America", "Mỹ", "ອາເມລິກາ", NULL } },

  /* The other countries the articles name. */
  { "fr", ACCORD_ORGANISATION_COUNTRY, { "France", "Pháp", "ຝຣັ່ງ" },
    { "French Republic", NULL } },
  { "it", ACCORD_ORGANISATION_COUNTRY, { "Italy", "Italy", "ອີຕາລີ" },
    { "Ý", "I-ta-li-a", NULL } },
  { "ua", ACCORD_ORGANISATION_COUNTRY, { "Ukraine", "Ukraine", "ຢູເຄຣນ" },
    { "U-crai-na", NULL } },

  { "un", ACCORD_ORGANISATION_BODY, { "United Nations", "Liên Hợp Quốc", "ສະຫະປະຊາຊາດ" },
    { "UN", "Liên hiệp quốc", "LHQ", NULL } },
};

const guint accord_organisation_list_length = G_N_ELEMENTS (accord_organisation_list);
