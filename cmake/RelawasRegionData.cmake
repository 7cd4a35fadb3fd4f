# The official region list comes from the npm package idn-area-data, installed by scripts/install-deps.sh.
# The tests and the application find it through RELAWAS_REGION_DATA_DIR.
if(NOT EXISTS "${RELAWAS_REGION_DATA_DIR}/data/villages.csv")
  message(FATAL_ERROR "The region list was not found in ${RELAWAS_REGION_DATA_DIR}.\n"
                      "Run scripts/install-deps.sh (it installs the npm package idn-area-data), "
                      "or point RELAWAS_REGION_DATA_DIR at the package folder.")
endif()
