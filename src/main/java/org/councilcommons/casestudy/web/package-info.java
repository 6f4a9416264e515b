/** Faces page beans: home page, case study list with filters, a case study, and the editing form. */

package org.councilcommons.casestudy.web;
